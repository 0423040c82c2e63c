import { type EventStore, GENESIS_HASH, type NewEvent, verifyHistory, verifyStream } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { summariseHistory, type TenantHistorySummary } from './historySummary.js';
import { leftOf, rightOf } from './results.js';

/** A store written by an earlier release, and what that release answered from it. */
export interface MigrationFixture {
  /** `summariseHistory` of the store as the earlier release read it: at least two tenants. */
  readonly before: Readonly<Record<string, TenantHistorySummary>>;
  /** Opens a fresh copy of the earlier store with the current code, which migrates it. */
  readonly openMigrated: () => Promise<EventStore>;
}

const opened = async <T>(fixture: MigrationFixture, use: (store: EventStore) => Promise<T>): Promise<T> => {
  const store = await fixture.openMigrated();
  try {
    return await use(store);
  } finally {
    await store.close();
  }
};

/**
 * What a schema migration must keep: the migrated store holds exactly what the earlier release
 * read (events, versions, hashes, positions), every chain verifies, and it writes on — each chain
 * from its head, positions after every one taken, streams and event ids apart per tenant.
 */
export const migratedStoreContract = (name: string, fixture: MigrationFixture): void => {
  describe(`${name}, migrated`, () => {
    const tenants = Object.keys(fixture.before).sort();

    it('holds the same events, versions, hashes and positions, tenant by tenant, as before', async () => {
      expect(tenants.length).toBeGreaterThanOrEqual(2);
      await opened(fixture, async (store) => expect(await summariseHistory(store)).toEqual(fixture.before));
    });

    it("verifies every chain: each tenant's history in global order, and each stream", async () => {
      await opened(fixture, async (store) => {
        for (const tenantId of tenants) {
          const tenant = store.forTenant(tenantId);
          const events = fixture.before[tenantId]!.events;
          expect(await verifyHistory(tenant.readAll({ batchSize: 50 }))).toMatchObject({ ok: true, events });
          for (const streamId of Object.keys(fixture.before[tenantId]!.streams)) {
            expect(verifyStream(rightOf(await tenant.readStream(streamId)))).toMatchObject({ ok: true });
          }
        }
      });
    });

    it('writes on: chains from their heads, positions after all taken, ids apart per tenant', async () => {
      const [a, b] = tenants as [string, string];
      const [streamId, head] = Object.entries(fixture.before[a]!.streams).find(
        ([id]) => fixture.before[b]!.streams[id] === undefined,
      )!;
      // Positions are store-wide: the next one comes after every tenant's head.
      let lastPosition = 0n;
      for (const tenantId of tenants) {
        const tenantHead = BigInt(fixture.before[tenantId]!.headPosition);
        if (tenantHead > lastPosition) lastPosition = tenantHead;
      }
      await opened(fixture, async (store) => {
        const [first] = rightOf(await store.forTenant(a).readStream(streamId, { maxCount: 1 }));
        const again: NewEvent = {
          type: first!.type,
          data: first!.data,
          eventId: first!.eventId,
          metadata: first!.metadata,
        };
        // The same stream id and event id in the other tenant: a stream and an event of its own.
        const theirs = rightOf(await store.forTenant(b).append(streamId, [again], { expectedVersion: 'no-stream' }));
        expect(theirs.events.map((e) => [e.tenantId, e.streamVersion, e.prevHash, e.globalPosition])).toEqual([
          [b, 1, GENESIS_HASH, lastPosition + 1n],
        ]);
        // In its own tenant the id is still taken: in another stream a duplicate, in its stream a retry.
        const ours = store.forTenant(a);
        expect(leftOf(await ours.append(`${streamId}-again`, [again]))).toMatchObject({ _tag: 'DuplicateEventId' });
        expect(rightOf(await ours.append(streamId, [again], { expectedVersion: 'no-stream' }))).toMatchObject({
          duplicate: true,
          events: [first],
        });
        const next = rightOf(
          await ours.append(streamId, [{ ...again, eventId: undefined }], { expectedVersion: head.version }),
        );
        expect(next.events.map((e) => [e.streamVersion, e.prevHash, e.globalPosition])).toEqual([
          [head.version + 1, head.hash, lastPosition + 2n],
        ]);
        for (const tenantId of [a, b]) {
          expect(await verifyHistory(store.forTenant(tenantId).readAll())).toMatchObject({ ok: true });
        }
      });
    });
  });
};
