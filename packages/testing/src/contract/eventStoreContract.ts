import { describe } from 'vitest';
import { atomicityContract } from './atomicity.contract.js';
import { badInputContract } from './badInput.contract.js';
import { concurrencyContract } from './concurrency.contract.js';
import { erasureContract } from './erasure.contract.js';
import { expectedVersionContract } from './expectedVersion.contract.js';
import { type EventStoreContractOptions, type MakeContractStore, useStores } from './harness.js';
import { idempotencyContract } from './idempotency.contract.js';
import { integrityContract } from './integrity.contract.js';
import { modelContract } from './model.contract.js';
import { orderingContract } from './ordering.contract.js';
import { readingContract } from './reading.contract.js';
import { streamHeadsContract } from './streamHeads.contract.js';
import { subscriptionsContract } from './subscriptions.contract.js';
import { tenantHistoriesContract } from './tenantHistories.contract.js';
import { tenantsContract } from './tenants.contract.js';

/**
 * The store contract: what every `EventStore` must do, the same way. An adapter runs it with a few
 * lines in a vitest file:
 *
 * ```ts
 * eventStoreContract('SQLite (:memory:)', async ({ registry, clock }) =>
 *   createSqliteEventStore({ path: ':memory:', registry, clock }));
 * ```
 *
 * `makeStore` must return a fresh, empty store each time it is called; the suite closes each one
 * after its test.
 */
export const eventStoreContract = (
  name: string,
  makeStore: MakeContractStore,
  options: EventStoreContractOptions = {},
): void => {
  describe(`${name} honours the event store contract`, () => {
    const stores = useStores(makeStore, options);
    expectedVersionContract(stores);
    orderingContract(stores);
    readingContract(stores);
    subscriptionsContract(stores);
    tenantsContract(stores);
    tenantHistoriesContract(stores);
    atomicityContract(stores);
    idempotencyContract(stores);
    integrityContract(stores);
    streamHeadsContract(stores);
    concurrencyContract(stores, options);
    badInputContract(stores);
    erasureContract(stores, options);
    modelContract(makeStore, options);
  });
};
