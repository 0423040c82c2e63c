import { deepStrictEqual, fail } from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import type { StoredEvent } from '../envelope.js';
import type { EventRegistry } from '../eventRegistry.js';
import type { EventStore } from '../eventStore.js';
import { verifyHistory, verifyStream } from '../verify.js';
import { checkWatches, type FastCheckModule, storeCommands } from './storeModelCommands.js';
import {
  emptyModel,
  eventsAfter,
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
  for (const [streamId, stream] of m.streams) {
    const read = await r.tenants[stream.tenant]!.readStream(streamId);
    if (isLeft(read)) fail(`readStream ${streamId}: ${read.left.message}`);
    deepStrictEqual(read.right, stream.events, `stream ${streamId}`);
    const verified = verifyStream(read.right);
    if (!verified.ok) fail(`stream ${streamId} fails verification: ${verified.break.message}`);
    const other = await r.tenants[(stream.tenant + 1) % TENANTS]!.readStream(streamId);
    if (isRight(other) || other.left._tag !== 'ForeignStream') fail(`another tenant could read ${streamId}`);
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
 * append that fails writes nothing, a tenant never sees another's events, and every subscriber
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
