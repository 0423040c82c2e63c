import type { ReadStreamOptions } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { readEverything, rightOf, streamOf } from './results.js';
import { countedEvents } from './testEvents.js';

/** Reads by version range and direction, and a tenant from a position in batches. */
export const readingContract = (stores: StoreFixture) =>
  describe('reading', () => {
    const ranges: readonly { readonly options: ReadStreamOptions; readonly versions: number[] }[] = [
      { options: {}, versions: [1, 2, 3, 4, 5, 6, 7] },
      { options: { from: 3 }, versions: [3, 4, 5, 6, 7] },
      { options: { to: 2 }, versions: [1, 2] },
      { options: { from: 2, to: 4 }, versions: [2, 3, 4] },
      { options: { from: 5, to: 99 }, versions: [5, 6, 7] },
      { options: { from: 8 }, versions: [] },
      { options: { from: 4, to: 3 }, versions: [] },
      { options: { maxCount: 2 }, versions: [1, 2] },
      { options: { from: 3, maxCount: 0 }, versions: [] },
      { options: { direction: 'backwards' }, versions: [7, 6, 5, 4, 3, 2, 1] },
      { options: { direction: 'backwards', from: 5 }, versions: [5, 4, 3, 2, 1] },
      { options: { direction: 'backwards', from: 99, to: 6 }, versions: [7, 6] },
      { options: { direction: 'backwards', from: 6, to: 3, maxCount: 2 }, versions: [6, 5] },
      { options: { direction: 'backwards', maxCount: 1 }, versions: [7] },
    ];
    for (const { options, versions } of ranges) {
      it(`reads versions [${versions.join(', ')}] of a 7-event stream with ${JSON.stringify(options)}`, async () => {
        const store = (await stores.fresh()).forTenant('tenant-a');
        rightOf(await store.append('tally-1', countedEvents(4)));
        rightOf(await store.append('tally-2', countedEvents(2)));
        rightOf(await store.append('tally-1', countedEvents(3)));
        const read = rightOf(await store.readStream('tally-1', options));
        expect(read.map((e) => e.streamVersion)).toEqual(versions);
        expect(read.every((e) => e.streamId === 'tally-1')).toBe(true);
      });
    }

    it('reads a tenant from a position in batches of the size asked for', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      for (let i = 0; i < 5; i++) rightOf(await store.append(`tally-${i % 2}`, countedEvents(3)));
      const all = (await readEverything(store)).events;
      expect(all.length).toBe(15);
      const after = all[3]!.globalPosition;
      const { events, batches } = await readEverything(store, { after, batchSize: 4 });
      expect(batches).toEqual([4, 4, 3]);
      expect(events.map((e) => e.eventId)).toEqual(all.slice(4).map((e) => e.eventId));
      const fromLast = await readEverything(store, { after: all.at(-1)!.globalPosition });
      expect(fromLast.events).toEqual([]);
    });

    it('reads the same events through readStream and readAll', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', countedEvents(3)));
      const viaStream = await streamOf(store, 'tally-1');
      const viaAll = (await readEverything(store)).events;
      expect(viaAll).toEqual(viaStream);
    });
  });
