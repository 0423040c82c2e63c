import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { readEverything, rightOf, streamOf } from './results.js';
import { counted, countedEvents } from './testEvents.js';

/** Versions are gapless per stream; global positions strictly increase in append order. */
export const orderingContract = (stores: StoreFixture) =>
  describe('ordering', () => {
    it('numbers a stream gaplessly across appends', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      for (const size of [1, 3, 2, 5]) rightOf(await store.append('tally-1', countedEvents(size)));
      const versions = (await streamOf(store, 'tally-1')).map((e) => e.streamVersion);
      expect(versions).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    });

    it('gives interleaved appends strictly increasing global positions, in append order', async () => {
      const shared = await stores.fresh();
      const a = shared.forTenant('tenant-a');
      const b = shared.forTenant('tenant-b');
      const positions: bigint[] = [];
      for (let i = 0; i < 6; i++) {
        const target = i % 2 === 0 ? a : b;
        const appended = rightOf(await target.append(`tally-${i % 3}${i % 2}`, [counted(i), counted(i + 1)]));
        expect(appended.globalPosition).toBe(appended.events.at(-1)!.globalPosition);
        positions.push(...appended.events.map((e) => e.globalPosition));
      }
      for (let i = 1; i < positions.length; i++) expect(positions[i]! > positions[i - 1]!).toBe(true);
      expect(typeof positions[0]).toBe('bigint');
      expect(positions[0]! > 0n).toBe(true);
    });

    it('reads a tenant back in global order, each stream in version order', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', countedEvents(2)));
      rightOf(await store.append('tally-2', countedEvents(3)));
      rightOf(await store.append('tally-1', countedEvents(1)));
      const { events } = await readEverything(store);
      expect(events.map((e) => `${e.streamId}@${e.streamVersion}`)).toEqual([
        'tally-1@1',
        'tally-1@2',
        'tally-2@1',
        'tally-2@2',
        'tally-2@3',
        'tally-1@3',
      ]);
      expect(await store.headPosition()).toBe(events.at(-1)!.globalPosition);
    });

    it('reads an empty tenant as nothing, at head position 0', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      expect((await readEverything(store)).events).toEqual([]);
      expect(await store.headPosition()).toBe(0n);
      expect(await streamOf(store, 'tally-none')).toEqual([]);
    });
  });
