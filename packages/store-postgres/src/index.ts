/**
 * @mgmt-review/store-postgres — the event store in a PostgreSQL schema (`pg`), with versioned
 * schema migrations applied on open.
 *
 * Guarantees: an append is one transaction (all or nothing; writers of one stream queue from the
 * version check to the commit); versions are gapless from 1; global positions strictly increase,
 * and a reader or subscriber that reads after its last position never skips an event: a tenant's
 * appends take positions and transaction ids together under the tenant's advisory lock, and
 * tenant-wide reads return only rows older than every transaction still running (as Emmett and
 * Marten do). A stream is identified by (tenant, stream id); event ids are unique per tenant.
 * Subscriptions poll (`pollIntervalMs`) and wake at once on appends made through the same store, or
 * by another process (LISTEN/NOTIFY).
 *
 * Test support — a throwaway local server and a test database for vitest — is at
 * `@mgmt-review/store-postgres/testing`.
 */
export type { PgliteDatabase } from './connection.js';
export {
  type InvalidSchemaName,
  type PostgresOpenError,
  /** Thrown (as a rejection) by `createPostgresEventStore` when the store cannot be opened. */
  PostgresOpenFailed,
  type SchemaTooNew,
  type StoreOpenFailed,
} from './errors.js';
/** The schema version this package writes (kept in `<schema>.schema_migrations`). */
export { SCHEMA_VERSION } from './migrations.js';
export {
  /** Opens an event store in a schema; rejects with `PostgresOpenFailed` when it cannot. */
  createPostgresEventStore,
  /** Opens an event store in a schema; a `Left` when it cannot (e.g. `SchemaTooNew`). */
  openPostgresEventStore,
  type PostgresConnection,
  type PostgresEventStoreOptions,
} from './postgresStore.js';
export { DEFAULT_SCHEMA } from './schemaName.js';
