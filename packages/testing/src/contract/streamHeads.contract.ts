import {
  checkStreamHeads,
  compareStreamHeads,
  type StoredStreamHead,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { StoreFixture } from './harness.js';
import { rightOf, streamOf } from './results.js';
import { counted, noted } from './testEvents.js';

/** Every head a tenant's store keeps, with the sizes of the batches it came in. */
const headsOf = async (store: TenantEventStore, batchSize?: number) => {
  const heads: StoredStreamHead[] = [];
  const batches: number[] = [];
  for await (const batch of store.readStreamHeads(batchSize === undefined ? {} : { batchSize })) {
    batches.push(batch.length);
    heads.push(...batch);
  }
  return { heads: heads.sort((a, b) => a.streamId.localeCompare(b.streamId)), batches };
};

/** The heads a store keeps (version, last hash) are those of each stream's last event. */
export const streamHeadsContract = (stores: StoreFixture) =>
  describe('stream heads', () => {
    it("keeps, for each stream of the tenant only, the version and hash of the stream's last event, read in batches", async () => {
      const store = await stores.fresh();
      const tenant = store.forTenant('tenant-a');
      for (let i = 0; i < 7; i++) rightOf(await tenant.append(`tally-${i % 5}`, [counted(i), noted(`n${i}`)]));
      rightOf(await store.forTenant('tenant-b').append('tally-9', [counted(1)]));
      const { heads, batches } = await headsOf(tenant, 2);
      expect(batches.every((size) => size >= 1 && size <= 2)).toBe(true);
      const expected = [];
      for (const streamId of ['tally-0', 'tally-1', 'tally-2', 'tally-3', 'tally-4']) {
        const last = (await streamOf(tenant, streamId)).at(-1)!;
        expected.push({ streamId, version: last.streamVersion, hash: last.hash });
      }
      expect(heads).toEqual(expected);
      expect(heads.map((head) => head.version)).toEqual([4, 4, 2, 2, 2]);
      expect(await checkStreamHeads(tenant)).toEqual({ ok: true, streams: 5 });
    });

    it('keeps no head for a tenant without events', async () => {
      const store = await stores.fresh();
      rightOf(await store.forTenant('tenant-b').append('tally-1', [counted(1)]));
      expect((await headsOf(store.forTenant('tenant-a'))).heads).toEqual([]);
    });

    it('a head that differs from its stream, a head without events and a stream without a head are reported, naming the stream', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', [counted(1), counted(2)]));
      rightOf(await store.append('tally-2', [counted(3)]));
      const { heads } = await headsOf(store);
      const events = new Map(heads.map((head) => [head.streamId, head]));
      const woundBack = heads.map((head) =>
        head.streamId === 'tally-1' ? { ...head, version: head.version - 1 } : head,
      );
      expect(await compareStreamHeads('tenant-a', [woundBack], events)).toMatchObject({
        ok: false,
        break: { _tag: 'HeadBreak', kind: 'head-mismatch', tenantId: 'tenant-a', streamId: 'tally-1' },
      });
      const rehashed = heads.map((head) => (head.streamId === 'tally-2' ? { ...head, hash: '0'.repeat(64) } : head));
      expect(await compareStreamHeads('tenant-a', [rehashed], events)).toMatchObject({
        ok: false,
        break: { kind: 'head-mismatch', streamId: 'tally-2' },
      });
      const orphan = { streamId: 'tally-3', version: 1, hash: heads[0]!.hash };
      expect(await compareStreamHeads('tenant-a', [[...heads, orphan]], events)).toMatchObject({
        ok: false,
        break: { kind: 'head-without-events', streamId: 'tally-3' },
      });
      expect(await compareStreamHeads('tenant-a', [heads.slice(1)], events)).toMatchObject({
        ok: false,
        break: { kind: 'stream-without-head', streamId: 'tally-1' },
      });
    });
  });
