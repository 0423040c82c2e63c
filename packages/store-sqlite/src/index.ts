/**
 * @mgmt-review/store-sqlite — the embedded durable event store: one SQLite file (WAL mode), with
 * versioned schema migrations applied on open.
 *
 * Guarantees: an append is one IMMEDIATE transaction (all or nothing, the version check and the
 * write under the same lock); versions are gapless from 1; global positions strictly increase in
 * commit order; a stream is identified by (tenant, stream id) and event ids are unique per tenant.
 * Subscriptions are live within the store that appended; another process sees new events when it
 * reads, or through subscriptions with `pollIntervalMs` set.
 */
export {
  type SchemaTooNew,
  type SqliteOpenError,
  /** Thrown by `createSqliteEventStore` when the file cannot be opened; `error` says why. */
  SqliteOpenFailed,
  /** A stored row whose JSON is damaged: named by position, stream and version, never read as an event. */
  StoredRowUnreadable,
  type StoreOpenFailed,
} from './errors.js';
/** The schema version this package writes (kept in the file's `user_version`). */
export { SCHEMA_VERSION } from './migrations.js';
export {
  /** Opens or creates an event store in a SQLite file; throws `SqliteOpenFailed` when it cannot. */
  createSqliteEventStore,
  /** Opens or creates an event store in a SQLite file; a `Left` when it cannot (e.g. `SchemaTooNew`). */
  openSqliteEventStore,
  type SqliteEventStoreOptions,
} from './sqliteStore.js';
