import { deepStrictEqual, fail } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { StoredEvent } from '../envelope.js';
import type { EventRegistry } from '../eventRegistry.js';
import type { EventStore } from '../eventStore.js';
import { verifyHistory, verifyStream } from '../verify.js';
import { checkWatches, type FastCheckModule, storeCommands } from './storeModelCommands.js';
import {
  emptyModel,
  eventsAfter,
  eventsOf,
  STREAMS,
  type StoreModel,
  type StoreUnderTest,
  storeModelRegistry,
  TENANTS,
} from './storeModelState.js';

export type { FastCheckModule } from './storeModelCommands.js';
export { storeModelRegistry } from './storeModelState.js';

/** How `storeModelProperty` gets a store to test. */
export interface StoreModelOptions {
  /**
   * The fast-check module (`import fc from 'fast-check'`). Passed in so the kernel itself does not
   * depend on fast-check at run time.
   */
  readonly fc: FastCheckModule;
  /** A new store, created with the given registry. Called once per run; ids are unique per run. */
  readonly makeStore: (registry: EventRegistry) => EventStore | Promise<EventStore>;
  /** Releases a store after its run. Defaults to `store.close()`. */
  readonly releaseStore?: (store: EventStore) => Promise<void>;
  /** Commands per run; default 40. */
  readonly maxCommands?: number;
  /** How long the final check waits for subscriptions to deliver what was committed; default 5,000 ms. */
  readonly settleTimeoutMs?: number;
}

const settle = async (m: StoreModel, r: StoreUnderTest, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  const behind = () =>
    r.watches.some((w) => w.failure === undefined && w.received.length < eventsAfter(m, w.tenant, w.after).length);
  while (behind() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
};

/** After the commands: everything the store holds is exactly what it acknowledged, and verifies. */
const finalCheck = async (m: StoreModel, r: StoreUnderTest, timeoutMs: number) => {
  for (let tenant = 0; tenant < TENANTS; tenant++) {
    const store = r.tenants[tenant]!;
    const read: StoredEvent[] = [];
    for await (const batch of store.readAll()) read.push(...batch);
    deepStrictEqual(read, m.tenantEvents[tenant], `the whole history of tenant ${tenant}`);
    const verified = await verifyHistory([read]);
    if (!verified.ok) fail(`tenant ${tenant}'s history fails verification: ${verified.break.message}`);
    deepStrictEqual(await store.headPosition(), read.at(-1)?.globalPosition ?? 0n, `head position of tenant ${tenant}`);
  }
  for (const { tenant, streamId, events } of m.streams.values()) {
    const read = await r.tenants[tenant]!.readStream(streamId);
    if (isLeft(read)) fail(`readStream ${streamId}: ${read.left.message}`);
    deepStrictEqual(read.right, events, `stream ${streamId} of tenant ${tenant}`);
    const verified = verifyStream(read.right);
    if (!verified.ok) fail(`stream ${streamId} fails verification: ${verified.break.message}`);
    // The same stream id in the other tenant is the other tenant's own stream, empty or not.
    const other = (tenant + 1) % TENANTS;
    const otherRead = await r.tenants[other]!.readStream(streamId);
    if (isLeft(otherRead)) fail(`readStream ${streamId} of tenant ${other}: ${otherRead.left.message}`);
    deepStrictEqual(otherRead.right, eventsOf(m, other, streamId), `stream ${streamId} of tenant ${other}`);
  }
  await settle(m, r, timeoutMs);
  checkWatches(m, r);
  for (const watch of r.watches) {
    deepStrictEqual(
      watch.received.map((e) => e.eventId),
      eventsAfter(m, watch.tenant, watch.after).map((e) => e.eventId),
      `a subscription of tenant ${watch.tenant} after ${watch.after} receives every event once, in order`,
    );
  }
};

/**
 * The store model test: random interleavings of appends (every expected-version mode, several
 * streams, two tenants, racing appends, retried appends, reused event ids), stream reads, history
 * reads and subscriptions, each checked against a simple model of what the store acknowledged.
 * It shows: versions are gapless from 1, global positions strictly increase in commit order, an
 * append that fails writes nothing, a stream is identified by (tenant, stream id) and event ids are
 * unique per tenant, a tenant never sees another's events, and every subscriber
 * receives every event exactly once, in order.
 *
 * ```ts
 * await fc.assert(storeModelProperty({ fc, makeStore: (registry) => createInMemoryEventStore({ registry }) }), { numRuns: 50 });
 * ```
 */
export const storeModelProperty = (options: StoreModelOptions) => {
  const { fc } = options;
  const release = options.releaseStore ?? ((store: EventStore) => store.close());
  const timeoutMs = options.settleTimeoutMs ?? 5000;
  return fc.asyncProperty(
    fc.commands(storeCommands(fc), { maxCommands: options.maxCommands ?? 40, size: 'max' }),
    async (commands) => {
      const run = randomUUID().replaceAll('-', '').slice(0, 12);
      const tenantIds = Array.from({ length: TENANTS }, (_, i) => `tenant-${run}-${i}`);
      const store = await options.makeStore(storeModelRegistry);
      const real: StoreUnderTest = {
        store,
        tenants: tenantIds.map((id) => store.forTenant(id)),
        streamIds: Array.from({ length: STREAMS }, (_, i) => `note-${run}n${i}`),
        watches: [],
      };
      const model = emptyModel(tenantIds);
      try {
        await fc.asyncModelRun(() => ({ model, real }), commands);
        await finalCheck(model, real, timeoutMs);
      } finally {
        for (const watch of real.watches) watch.subscription.unsubscribe();
        await release(store);
      }
    },
  );
};
