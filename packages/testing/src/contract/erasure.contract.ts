import { ERASURE_RECORDED, PRIVACY_STREAM, type StoredEvent, verifyHistory } from '@mgmt-review/eventsourcing';
import { erasureRequest } from '@mgmt-review/eventsourcing/testing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { EventStoreContractOptions, StoreFixture } from './harness.js';
import { readEverything, rightOf, streamOf } from './results.js';
import { commented, counted } from './testEvents.js';

const SECRET = 'Jane Roe, Building 7';

const request = erasureRequest;

const text = (events: readonly StoredEvent[]): string =>
  JSON.stringify(events, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/** Erasing personal fields: the same answers from every store, or `ErasureUnsupported` from one that cannot. */
export const erasureContract = (stores: StoreFixture, options: EventStoreContractOptions) =>
  describe('erasure of personal fields', () => {
    const written = async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const appended = rightOf(await store.append('tally-1', [counted(1), commented(SECRET)]));
      return { store, event: appended.events[1]! };
    };

    it('reads back a personal field with its salt and digest', async () => {
      const { store, event } = await written();
      const [, read] = await streamOf(store, 'tally-1');
      expect(read!.personal).toEqual(event.personal);
      expect(Object.keys(read!.personal ?? {})).toEqual(['/comment']);
    });

    if (options.erasureUnsupported !== undefined) {
      const reason = options.erasureUnsupported;
      it(`refuses every erasure, writing nothing: ${reason}`, async () => {
        const { store, event } = await written();
        const before = await readEverything(store);
        const result = await store.erase(request(event.eventId, ['/comment']));
        expect(isLeft(result) && result.left._tag).toBe('ErasureUnsupported');
        expect(await readEverything(store)).toEqual(before);
      });
      return;
    }

    it('erases the value, records the erasure in privacy-log, and the history verifies reporting it', async () => {
      const { store, event } = await written();
      const result = rightOf(await store.erase(request(event.eventId, ['/comment'])));
      const [, read] = await streamOf(store, 'tally-1');
      expect(read).toEqual(result.event);
      expect(read!.hash).toBe(event.hash);
      expect((read!.data as { comment: string }).comment).toBe('[erased 2026-03-01: GDPR art. 17(1)(a)]');
      const log = await streamOf(store, PRIVACY_STREAM);
      expect(log.map((e) => e.type)).toEqual([ERASURE_RECORDED]);
      expect(log[0]).toEqual(result.erasure);
      const everything = await readEverything(store);
      expect(text(everything.events)).not.toContain('Jane Roe');
      expect(await verifyHistory(store.readAll())).toMatchObject({
        ok: true,
        erasures: [{ eventId: event.eventId, pointer: '/comment', basis: 'GDPR art. 17(1)(a)' }],
      });
    });

    it('refuses, writing nothing, a field that is not personal, one already erased and another tenant’s event', async () => {
      const { store, event } = await written();
      const other = (await stores.fresh()).forTenant('tenant-b');
      const notPersonal = await store.erase(request(event.eventId, ['/by']));
      expect(isLeft(notPersonal) && notPersonal.left._tag).toBe('NotPersonalField');
      rightOf(await store.erase(request(event.eventId, ['/comment'])));
      const before = await readEverything(store);
      const again = await store.erase(request(event.eventId, ['/comment']));
      expect(isLeft(again) && again.left._tag).toBe('AlreadyErased');
      const elsewhere = await other.erase(request(event.eventId, ['/comment']));
      expect(isLeft(elsewhere) && elsewhere.left._tag).toBe('EventNotFound');
      const blank = await store.erase({ ...request(event.eventId, ['/comment']), reason: '' });
      expect(isLeft(blank) && blank.left._tag).toBe('InvalidErasure');
      expect(await readEverything(store)).toEqual(before);
    });
  });
