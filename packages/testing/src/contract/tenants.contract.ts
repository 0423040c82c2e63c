import { GENESIS_HASH, verifyStream } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { collect } from './collector.js';
import type { StoreFixture } from './harness.js';
import { leftOf, readEverything, rightOf, streamOf } from './results.js';
import { counted, countedEvents } from './testEvents.js';

/**
 * Every call is scoped to one tenant: a stream is identified by (tenant, stream id), so another
 * tenant's stream under the same id is another stream, and nothing of it leaks into reads or errors.
 */
export const tenantsContract = (stores: StoreFixture) =>
  describe('tenant isolation', () => {
    it('keeps the same stream id in two tenants as two streams, each with its own versions and chain', async () => {
      const shared = await stores.fresh();
      const a = shared.forTenant('tenant-a');
      const b = shared.forTenant('tenant-b');
      rightOf(await a.append('tally-1', countedEvents(2)));
      // Reading an id only another tenant has written: an empty stream, and nothing of the other's.
      expect(await streamOf(b, 'tally-1')).toEqual([]);
      expect(await b.headPosition()).toBe(0n);
      for (const refused of [
        await b.append('tally-1', [counted(1)], { expectedVersion: 'stream-exists' }),
        await b.append('tally-1', [counted(1)], { expectedVersion: 2 }),
      ]) {
        expect(leftOf(refused)).toMatchObject({ _tag: 'VersionConflict', streamId: 'tally-1', actual: 0 });
        expect(JSON.stringify(leftOf(refused))).not.toContain('tenant-a');
      }
      // Writing it creates the tenant's own stream, from version 1 and the genesis hash.
      const theirs = rightOf(await b.append('tally-1', countedEvents(3), { expectedVersion: 'no-stream' }));
      expect(theirs.events.map((e) => [e.tenantId, e.streamVersion])).toEqual([
        ['tenant-b', 1],
        ['tenant-b', 2],
        ['tenant-b', 3],
      ]);
      expect(theirs.events[0]!.prevHash).toBe(GENESIS_HASH);
      rightOf(await a.append('tally-1', [counted(9)], { expectedVersion: 2 }));
      const ours = await streamOf(a, 'tally-1');
      expect(ours.map((e) => [e.tenantId, e.streamVersion])).toEqual([
        ['tenant-a', 1],
        ['tenant-a', 2],
        ['tenant-a', 3],
      ]);
      expect(await streamOf(b, 'tally-1')).toEqual(theirs.events);
      for (const stream of [ours, theirs.events]) expect(verifyStream(stream).ok).toBe(true);
    });

    it("never yields another tenant's events from readAll or subscribe", async () => {
      const shared = await stores.fresh();
      const a = shared.forTenant('tenant-a');
      const b = shared.forTenant('tenant-b');
      rightOf(await a.append('tally-a1', countedEvents(2)));
      rightOf(await b.append('tally-b1', countedEvents(1)));
      const subscriberB = collect(b);
      rightOf(await a.append('tally-a2', countedEvents(3)));
      rightOf(await b.append('tally-b1', countedEvents(1)));
      await subscriberB.waitFor(2);
      rightOf(await a.append('tally-a1', countedEvents(1)));
      rightOf(await b.append('tally-b2', countedEvents(1)));
      await subscriberB.waitFor(3);
      subscriberB.stop();
      expect(subscriberB.received.map((e) => e.tenantId)).toEqual(['tenant-b', 'tenant-b', 'tenant-b']);
      const readA = (await readEverything(a, { batchSize: 2 })).events;
      expect(readA.length).toBe(6);
      expect(readA.every((e) => e.tenantId === 'tenant-a')).toBe(true);
      expect(await b.headPosition()).toBe(subscriberB.received.at(-1)!.globalPosition);
      expect([...(await shared.tenants())].sort()).toEqual(['tenant-a', 'tenant-b']);
    });

    it('lets two tenants use different stream ids side by side', async () => {
      const shared = await stores.fresh();
      rightOf(await shared.forTenant('tenant-a').append('tally-1', countedEvents(1)));
      rightOf(await shared.forTenant('tenant-b').append('tally-2', countedEvents(1), { expectedVersion: 'no-stream' }));
      expect((await streamOf(shared.forTenant('tenant-b'), 'tally-2')).map((e) => e.tenantId)).toEqual(['tenant-b']);
    });
  });
