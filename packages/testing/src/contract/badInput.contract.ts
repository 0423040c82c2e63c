import type { NewEvent } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { leftOf, readEverything, rightOf, streamOf } from './results.js';
import { counted, countedEvents, invalidCounted } from './testEvents.js';

const unknownType: NewEvent = {
  type: 'TallyExploded',
  data: {},
  metadata: { actor: { id: 'u', role: 'r' }, occurredAt: '2026-03-01T09:00:00Z' },
};
const noActor = {
  type: 'TallyCounted',
  data: { by: 1 },
  metadata: { occurredAt: '2026-03-01T09:00:00Z' },
} as unknown as NewEvent;
const badTime: NewEvent = {
  type: 'TallyCounted',
  data: { by: 1 },
  metadata: { actor: { id: 'u', role: 'r' }, occurredAt: 'yesterday' },
};

/** Bad input is a typed error, and nothing is appended. */
export const badInputContract = (stores: StoreFixture) =>
  describe('bad input', () => {
    const refusals: readonly {
      readonly what: string;
      readonly streamId: string;
      readonly events: () => NewEvent[];
      readonly error: Record<string, unknown>;
    }[] = [
      {
        what: 'a stream id without a category',
        streamId: 'tally',
        events: () => [counted(1)],
        error: { _tag: 'InvalidStreamId', streamId: 'tally' },
      },
      { what: 'an empty stream id', streamId: '', events: () => [counted(1)], error: { _tag: 'InvalidStreamId' } },
      {
        what: 'a stream id with spaces',
        streamId: 'tally-a b',
        events: () => [counted(1)],
        error: { _tag: 'InvalidStreamId' },
      },
      {
        what: 'a stream id of 201 characters',
        streamId: `tally-${'x'.repeat(195)}`,
        events: () => [counted(1)],
        error: { _tag: 'InvalidStreamId' },
      },
      {
        what: 'a payload failing its codec',
        streamId: 'tally-1',
        events: () => [counted(1), invalidCounted()],
        error: { _tag: 'InvalidEvent', path: 'data.by', streamVersion: 4 },
      },
      {
        what: 'an unknown event type',
        streamId: 'tally-1',
        events: () => [unknownType],
        error: { _tag: 'UnknownEvent', type: 'TallyExploded' },
      },
      {
        what: 'metadata without an actor',
        streamId: 'tally-1',
        events: () => [counted(1), noActor],
        error: { _tag: 'InvalidInput', path: 'events.1.metadata.actor.id' },
      },
      {
        what: 'an occurredAt that is not ISO-8601',
        streamId: 'tally-1',
        events: () => [badTime],
        error: { _tag: 'InvalidInput', path: 'events.0.metadata.occurredAt' },
      },
    ];
    for (const { what, streamId, events, error } of refusals) {
      it(`refuses ${what} with ${String(error._tag)} and appends nothing`, async () => {
        const store = (await stores.fresh()).forTenant('tenant-a');
        rightOf(await store.append('tally-1', countedEvents(2)));
        const head = await store.headPosition();
        expect(leftOf(await store.append(streamId, events()))).toMatchObject(error);
        expect(await store.headPosition()).toBe(head);
        expect((await readEverything(store)).events.length).toBe(2);
      });
    }

    it('refuses a wrong expected version with VersionConflict and appends nothing', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', countedEvents(2)));
      expect(leftOf(await store.append('tally-1', countedEvents(3), { expectedVersion: 5 }))).toMatchObject({
        _tag: 'VersionConflict',
        expected: 'version 5',
        actual: 2,
      });
      expect((await streamOf(store, 'tally-1')).length).toBe(2);
    });

    it('refuses to read a malformed stream id with InvalidStreamId', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      expect(leftOf(await store.readStream('not a stream'))._tag).toBe('InvalidStreamId');
    });
  });
