import type { ExpectedVersion } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { leftOf, readEverything, rightOf, streamOf } from './results.js';
import { counted, countedEvents } from './testEvents.js';

/**
 * Values a host may send as an expected version that are none (a host not written in TypeScript, a
 * value read from a request), with how the refusal shows each.
 */
const notVersions: readonly { readonly value: unknown; readonly shown: string }[] = [
  { value: -1, shown: '-1' },
  { value: 1.5, shown: '1.5' },
  { value: 'latest', shown: '"latest"' },
  { value: Number.NaN, shown: 'NaN' },
  { value: null, shown: 'null' },
  { value: Number.POSITIVE_INFINITY, shown: 'Infinity' },
  { value: '2', shown: '"2"' },
  { value: true, shown: 'true' },
  { value: { version: 2 }, shown: '{"version":2}' },
  { value: 2n, shown: '2' },
];

/** The four expected-version modes, with versions starting at 1 in every store. */
export const expectedVersionContract = (stores: StoreFixture) =>
  describe('expected version', () => {
    const cases: readonly {
      readonly expected: ExpectedVersion;
      readonly existing: number;
      readonly accepted: boolean;
    }[] = [
      { expected: 'no-stream', existing: 0, accepted: true },
      { expected: 'no-stream', existing: 2, accepted: false },
      { expected: 'stream-exists', existing: 0, accepted: false },
      { expected: 'stream-exists', existing: 2, accepted: true },
      { expected: 'any', existing: 0, accepted: true },
      { expected: 'any', existing: 2, accepted: true },
      { expected: 2, existing: 2, accepted: true },
      { expected: 1, existing: 2, accepted: false },
      { expected: 3, existing: 2, accepted: false },
      { expected: 1, existing: 0, accepted: false },
    ];
    for (const { expected, existing, accepted } of cases) {
      it(`${accepted ? 'accepts' : 'refuses'} expected ${JSON.stringify(expected)} on a stream at version ${existing}`, async () => {
        const store = (await stores.fresh()).forTenant('tenant-a');
        if (existing > 0) rightOf(await store.append('tally-1', countedEvents(existing)));
        const result = await store.append('tally-1', [counted(10)], { expectedVersion: expected });
        if (accepted) {
          expect(rightOf(result).streamVersion).toBe(existing + 1);
          expect(rightOf(result).events.map((e) => e.streamVersion)).toEqual([existing + 1]);
        } else {
          expect(leftOf(result)).toMatchObject({
            _tag: 'VersionConflict',
            streamId: 'tally-1',
            expected: typeof expected === 'number' ? `version ${expected}` : expected,
            actual: existing,
          });
          expect((await streamOf(store, 'tally-1')).length).toBe(existing);
        }
      });
    }

    for (const { value, shown } of notVersions) {
      it(`refuses expected version ${shown} as InvalidInput at expectedVersion, and appends nothing`, async () => {
        const store = (await stores.fresh()).forTenant('tenant-a');
        rightOf(await store.append('tally-1', countedEvents(2)));
        const head = await store.headPosition();
        const expectedVersion = value as ExpectedVersion;
        for (const [streamId, events] of [
          ['tally-1', [counted(3)]],
          ['tally-2', [counted(1)]],
          ['tally-3', []],
        ] as const) {
          const refused = leftOf(await store.append(streamId, events, { expectedVersion }));
          expect(refused).toMatchObject({ _tag: 'InvalidInput', path: 'expectedVersion' });
          expect(refused.message).toContain(`got ${shown}`);
        }
        expect(await store.headPosition()).toBe(head);
        expect((await readEverything(store)).events.map((e) => e.streamVersion)).toEqual([1, 2]);
        expect(await streamOf(store, 'tally-2')).toEqual([]);
      });
    }

    it('numbers the first event of a stream 1', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const result = rightOf(await store.append('tally-1', countedEvents(3), { expectedVersion: 'no-stream' }));
      expect(result.events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      expect(result.streamVersion).toBe(3);
      expect(result.duplicate).toBe(false);
    });

    it("checks the expected version of an empty append without writing anything, answering with the tenant's head", async () => {
      const shared = await stores.fresh();
      rightOf(await shared.forTenant('tenant-b').append('tally-9', countedEvents(2)));
      const store = shared.forTenant('tenant-a');
      expect(leftOf(await store.append('tally-1', [], { expectedVersion: 'stream-exists' }))._tag).toBe(
        'VersionConflict',
      );
      const empty = rightOf(await store.append('tally-1', [], { expectedVersion: 'no-stream' }));
      expect(empty).toEqual({ events: [], streamVersion: 0, globalPosition: 0n, duplicate: false });
      expect(await streamOf(store, 'tally-1')).toEqual([]);
      const written = rightOf(await store.append('tally-1', [counted(1)], { expectedVersion: 'no-stream' }));
      expect(rightOf(await store.append('tally-1', [], { expectedVersion: 1 }))).toEqual({
        events: [],
        streamVersion: 1,
        globalPosition: written.globalPosition,
        duplicate: false,
      });
      expect(await store.headPosition()).toBe(written.globalPosition);
    });
  });
