import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { leftOf, readEverything, rightOf, streamOf } from './results.js';
import { counted } from './testEvents.js';

/** A retried append (same event ids) is written once; an event id is unique within its tenant. */
export const idempotencyContract = (stores: StoreFixture) =>
  describe('event ids', () => {
    it('writes a retried append once and returns what was stored the first time', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const batch = [counted(1, 'evt-retry-1'), counted(2, 'evt-retry-2')];
      const first = rightOf(await store.append('tally-1', batch, { expectedVersion: 'no-stream' }));
      rightOf(await store.append('tally-1', [counted(3)]));
      // The retry still says no-stream: a retry is recognised before the version check.
      const again = rightOf(await store.append('tally-1', batch, { expectedVersion: 'no-stream' }));
      expect(first.duplicate).toBe(false);
      expect(again.duplicate).toBe(true);
      expect(again.events).toEqual(first.events);
      expect(again.globalPosition).toBe(first.globalPosition);
      expect(again.streamVersion).toBe(3);
      expect((await streamOf(store, 'tally-1')).length).toBe(3);
    });

    it('refuses an event id already stored in another stream, or twice in one append', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', [counted(1, 'evt-once')]));
      expect(leftOf(await store.append('tally-2', [counted(1, 'evt-once')]))).toMatchObject({
        _tag: 'DuplicateEventId',
        eventId: 'evt-once',
      });
      expect(leftOf(await store.append('tally-3', [counted(1, 'evt-twice'), counted(2, 'evt-twice')]))).toMatchObject({
        _tag: 'DuplicateEventId',
        eventId: 'evt-twice',
      });
      expect(leftOf(await store.append('tally-1', [counted(2, 'evt-new'), counted(1, 'evt-once')]))._tag).toBe(
        'DuplicateEventId',
      );
      expect((await readEverything(store)).events.map((e) => e.eventId)).toEqual(['evt-once']);
    });

    it("takes another tenant's event id as an event of its own: ids are unique per tenant", async () => {
      const shared = await stores.fresh();
      const a = shared.forTenant('tenant-a');
      const b = shared.forTenant('tenant-b');
      const first = rightOf(await a.append('tally-1', [counted(1, 'evt-shared')]));
      const theirs = rightOf(await b.append('tally-2', [counted(2, 'evt-shared')]));
      expect(theirs).toMatchObject({ duplicate: false, streamVersion: 1 });
      expect(theirs.events.map((e) => [e.tenantId, e.eventId, e.data])).toEqual([
        ['tenant-b', 'evt-shared', { by: 2 }],
      ]);
      // Within each tenant the id is taken: a retry there, a duplicate in another stream.
      expect(rightOf(await b.append('tally-2', [counted(2, 'evt-shared')])).duplicate).toBe(true);
      expect(leftOf(await b.append('tally-3', [counted(2, 'evt-shared')]))._tag).toBe('DuplicateEventId');
      expect((await readEverything(a)).events).toEqual(first.events);
      expect((await readEverything(b)).events).toEqual(theirs.events);
    });
  });
