import { type Clock, type EventRegistry, type EventStore, steppingClock } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { afterAll, afterEach } from 'vitest';
import { contractRegistry } from './testEvents.js';

/** What the contract suite hands an adapter to build a store with. */
export interface ContractStoreDeps {
  readonly registry: EventRegistry;
  readonly clock: Clock;
}

/**
 * Builds a fresh, empty store for one test. Called once per test (and once per property run), so
 * it should be cheap: a new `:memory:` database, a new file in a temp dir, a new schema.
 */
export type MakeContractStore = (deps: ContractStoreDeps) => Promise<EventStore>;

export interface EventStoreContractOptions {
  /** Runs once after the whole suite (e.g. to remove temp files or drop schemas). */
  readonly teardown?: () => Promise<void>;
  /**
   * When set, the tests that need several connections writing at once are skipped, and the reason
   * is shown in their titles (e.g. "PGlite is a single connection").
   */
  readonly concurrencySkipReason?: string;
  /**
   * Why the store cannot erase personal fields (its events are immutable), when it cannot: the
   * erasure cases then expect `ErasureUnsupported` and nothing written.
   */
  readonly erasureUnsupported?: string;
  /** Property runs of the model-based test (default 40; `FC_RUNS` overrides it). */
  readonly modelRuns?: number;
}

/** A store factory bound to the suite: every store it makes is closed after its test, if not before. */
export interface StoreFixture {
  fresh(clock?: Clock): Promise<EventStore>;
  /** Closes a store now (a property test's run closes its store before the next run makes one). */
  close(store: EventStore): Promise<void>;
}

/** Runs of a property test: the kernel's `propertyRuns` (`FC_RUNS` overrides the default). */
export { propertyRuns };

export const CONTRACT_START = '2026-03-01T10:00:00.000Z';

/** Registers the hooks that close each test's stores and run the adapter's teardown. */
export const useStores = (makeStore: MakeContractStore, options: EventStoreContractOptions): StoreFixture => {
  const open: EventStore[] = [];
  afterEach(async () => {
    const closing = open.splice(0, open.length);
    await Promise.all(closing.map((store) => store.close()));
  });
  afterAll(async () => {
    await options.teardown?.();
  });
  return {
    async fresh(clock = steppingClock(CONTRACT_START)) {
      const store = await makeStore({ registry: contractRegistry, clock });
      open.push(store);
      return store;
    },
    async close(store) {
      const index = open.indexOf(store);
      if (index < 0) return;
      open.splice(index, 1);
      await store.close();
    },
  };
};
