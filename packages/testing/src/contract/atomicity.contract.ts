import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { leftOf, readEverything, rightOf, streamOf } from './results.js';
import { countedEvents, invalidCounted } from './testEvents.js';

const MANY = 10_000;

/** An append is all or nothing, however large. */
export const atomicityContract = (stores: StoreFixture) =>
  describe('atomic appends', () => {
    it(`appends ${MANY} events in one append, numbered 1..${MANY}`, async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const appended = rightOf(await store.append('tally-1', countedEvents(MANY), { expectedVersion: 'no-stream' }));
      expect(appended.streamVersion).toBe(MANY);
      const read = await streamOf(store, 'tally-1');
      expect(read.length).toBe(MANY);
      expect(read[MANY - 1]!.streamVersion).toBe(MANY);
      expect(read.map((e) => e.eventId)).toEqual(appended.events.map((e) => e.eventId));
    });

    it(`appends nothing of ${MANY} events when the last one is invalid`, async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', countedEvents(2)));
      const before = await store.headPosition();
      const events = [...countedEvents(MANY - 1), invalidCounted()];
      expect(leftOf(await store.append('tally-1', events))).toMatchObject({
        _tag: 'InvalidEvent',
        streamId: 'tally-1',
        streamVersion: MANY + 2,
        type: 'TallyCounted',
        path: 'data.by',
      });
      expect((await streamOf(store, 'tally-1')).length).toBe(2);
      expect(await store.headPosition()).toBe(before);
      expect((await readEverything(store)).events.length).toBe(2);
      // The stream carries on gaplessly after the refused append.
      expect(rightOf(await store.append('tally-1', countedEvents(1), { expectedVersion: 2 })).streamVersion).toBe(3);
    });
  });
