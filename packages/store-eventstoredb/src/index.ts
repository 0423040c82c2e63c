/**
 * @mgmt-review/store-eventstoredb — the event store on EventStoreDB / KurrentDB, through
 * `@eventstore/db-client` 6.x. Test support (stores in fresh namespaces) is at
 * `@mgmt-review/store-eventstoredb/testing`.
 */

/** Raised (or returned as the cause of `StoreUnavailable`) when a server lacks what the store needs. */
export { UnsupportedServer } from './esdbReads.js';
/** The EventStoreDB event id of one of our event ids (itself when a UUID, else a name-based UUID). */
export { esdbEventIdOf } from './eventIds.js';
/**
 * Creates the store: `createEventStoreDbEventStore({ connectionString: 'esdb://localhost:2113?tls=false', registry })`.
 * Tenants' streams are `[<namespace>:]<tenant>.<streamId>`; global positions are `$all` commit positions.
 */
export { createEventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventStoreDbStore.js';
/** The conversion of EventStoreDB `$all` positions to global positions, in one place. */
export { globalPositionOf, subscriptionStart } from './positions.js';
/** The mapping of our 1-based stream versions to EventStoreDB's 0-based revisions, in one place. */
export { conflictOf, toExpectedRevision, versionOfRevision } from './revisions.js';
/** The stream naming rule: tenant streams, their `$all` filter prefix, tenant records and event-id index streams. */
export { type StreamNames, streamNames } from './streamNames.js';
