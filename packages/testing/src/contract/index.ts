/**
 * The store contract suite: one set of behaviours every event store must show identically.
 */
export { eventStoreContract } from './eventStoreContract.js';
export type {
  ContractStoreDeps,
  EventStoreContractOptions,
  MakeContractStore,
} from './harness.js';
/** `summariseHistory`: what a store holds per tenant, to compare before and after a schema migration. */
export { summariseHistory, type TenantHistorySummary } from './historySummary.js';
/** `migratedStoreContract`: what a store migrated from an earlier release's schema must keep. */
export { type MigrationFixture, migratedStoreContract } from './migration.contract.js';
/** `rightOf` / `leftOf`: unwrap an expected success or failure, failing the test with the other. */
export { leftOf, rightOf } from './results.js';
/** The contract's own small event registry and helpers, for adapters' extra tests. */
export {
  contractRegistry,
  counted,
  countedEvents,
  invalidCounted,
  noted,
  type TallyEvent,
  tallyDecider,
} from './testEvents.js';
