import { describe, expect, it } from 'vitest';
import { collect } from './collector.js';
import type { StoreFixture } from './harness.js';
import { leftOf, readEverything, rightOf, streamOf } from './results.js';
import { counted, countedEvents } from './testEvents.js';

/** Every call is scoped to one tenant: another tenant's stream is refused, and never leaks into reads. */
export const tenantsContract = (stores: StoreFixture) =>
  describe('tenant isolation', () => {
    it("refuses to append to or read another tenant's stream, and changes nothing", async () => {
      const shared = await stores.fresh();
      const a = shared.forTenant('tenant-a');
      const b = shared.forTenant('tenant-b');
      rightOf(await a.append('tally-1', countedEvents(2)));
      for (const expectedVersion of ['any', 'no-stream', 'stream-exists', 2] as const) {
        expect(leftOf(await b.append('tally-1', [counted(1)], { expectedVersion }))).toMatchObject({
          _tag: 'ForeignStream',
          streamId: 'tally-1',
          tenantId: 'tenant-b',
        });
      }
      expect(leftOf(await b.readStream('tally-1'))).toMatchObject({ _tag: 'ForeignStream', streamId: 'tally-1' });
      expect((await streamOf(a, 'tally-1')).length).toBe(2);
      expect(await b.headPosition()).toBe(0n);
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
