/**
 * @mgmt-review/store-postgres/testing — test support for hosts and for this package's own tests,
 * apart from the store's main entry.
 *
 * - `startLocalPostgres()`: a throwaway PostgreSQL server (initdb + pg_ctl from Debian's packages)
 *   in a temp dir, stopped and removed by `stop()` or when the process exits; for tests and
 *   benchmarks.
 * - `useTestDatabase({ beforeAll, afterAll })`: registers the test runner's hooks that give a test
 *   file a database — the server in `DATABASE_URL`, else a throwaway server, else PGlite (an
 *   optional peer dependency, needed only then) — and a fresh schema name per store.
 */
export {
  findPostgresBinaries,
  type LocalPostgres,
  type LocalPostgresOptions,
  startLocalPostgres,
} from './localServer.js';
export { type SuiteHooks, type TestDatabase, type TestDatabaseKind, useTestDatabase } from './testDatabase.js';
