import { canonicalJson, hashOf, verifyHistory, verifyStream } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { CONTRACT_START, type StoreFixture } from './harness.js';
import { readEverything, rightOf, streamOf } from './results.js';
import { contractActor, contractOccurredAt, counted, noted } from './testEvents.js';

/** Payloads at the edges of what JSON can say: they must come back exactly as written. */
const awkwardDetails: readonly unknown[] = [
  { z: 1, a: [1, 2, { y: null, b: true }], m: { '': 'empty key', ü: 'Zürich — 日本 😀' } },
  [0.1, 0.30000000000000004, 1e21, 5e-324, -0, 9007199254740991, -1.5e-7],
  'line\nbreak\ttab "quoted" \\ back\u2028slash',
  '',
  [],
  {},
];

/** What is read back is what was written, byte-for-byte, and its hash chain verifies. */
export const integrityContract = (stores: StoreFixture) =>
  describe('integrity', () => {
    it('reads back every envelope field exactly as the append returned it', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const appended = rightOf(
        await store.append(
          'tally-1',
          awkwardDetails.map((detail, i) => noted(`note ${i}`, detail)),
        ),
      );
      const read = await streamOf(store, 'tally-1');
      expect(read).toEqual(appended.events);
      for (const [i, event] of read.entries()) {
        expect(canonicalJson(event)).toBe(canonicalJson(appended.events[i]!));
        expect(hashOf(event)).toBe(event.hash);
        expect(event.globalPosition).toBe(appended.events[i]!.globalPosition);
      }
      expect(read[0]!.metadata).toEqual({
        actor: contractActor,
        occurredAt: contractOccurredAt,
        recordedAt: CONTRACT_START,
        commandId: read[0]!.metadata.commandId,
        correlationId: read[0]!.metadata.commandId,
        causationId: read[0]!.metadata.commandId,
      });
      expect(read[0]!.tenantId).toBe('tenant-a');
    });

    it("verifies a tenant's whole history and each stream's hash chain", async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      for (let i = 0; i < 6; i++) rightOf(await store.append(`tally-${i % 3}`, [counted(i), noted(`n${i}`, { i })]));
      const history = await verifyHistory(store.readAll({ batchSize: 5 }));
      expect(history).toEqual({ ok: true, streams: 3, events: 12, erasures: [] });
      for (const stream of ['tally-0', 'tally-1', 'tally-2']) {
        const events = await streamOf(store, stream);
        expect(verifyStream(events)).toEqual({ ok: true, streams: 1, events: 4, erasures: [] });
        expect(events[1]!.prevHash).toBe(events[0]!.hash);
      }
      expect((await readEverything(store)).events.map((e) => e.metadata.recordedAt)).toEqual(
        [...(await readEverything(store)).events.map((e) => e.metadata.recordedAt)].sort(),
      );
    });
  });
