import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { PgliteDatabase } from '../connection.js';
import type { PostgresConnection } from '../postgresStore.js';
import { findPostgresBinaries, type LocalPostgres, startLocalPostgres } from './localServer.js';

/**
 * Where the PostgreSQL tests run, decided when the test file loads:
 * - `DATABASE_URL` set: that server (schemas created by the tests are dropped afterwards);
 * - else PostgreSQL binaries installed (Debian's package): a throwaway server started for the file;
 * - else PGlite in WASM: the SQL paths run, the tests that need several connections are skipped.
 */
export type TestDatabaseKind = 'external server' | 'throwaway server' | 'PGlite';

export interface TestDatabase {
  readonly kind: TestDatabaseKind;
  /** Why multi-connection tests cannot run here, or undefined when they can. */
  readonly concurrencySkipReason: string | undefined;
  /** A new schema name, unique to this run. */
  schemaName(): string;
  /** The connection for a store (call inside tests, after the server has started). */
  connection(): PostgresConnection;
  /** A raw client on the same database, for tests that act behind the store's back. */
  rawClient(): Promise<pg.Client>;
}

const decideKind = (): TestDatabaseKind => {
  // PG_TEST_TARGET=pglite runs the PGlite path on a machine that has a server, to check it too.
  if (process.env.PG_TEST_TARGET === 'pglite') return 'PGlite';
  if (process.env.DATABASE_URL) return 'external server';
  return findPostgresBinaries() !== undefined ? 'throwaway server' : 'PGlite';
};

/**
 * The suite hooks of the test runner, passed in so this module loads none: vitest's or Jest's
 * `{ beforeAll, afterAll }`, or Mocha's `{ beforeAll: before, afterAll: after }`.
 */
export interface SuiteHooks {
  beforeAll(run: () => Promise<void>): void;
  afterAll(run: () => Promise<void>): void;
}

/**
 * Registers the hooks that start and stop the database for a test file; the server stops even when
 * tests fail. Call it at the top of the file: `const database = useTestDatabase({ beforeAll, afterAll })`.
 */
export const useTestDatabase = ({ beforeAll, afterAll }: SuiteHooks): TestDatabase => {
  const kind = decideKind();
  const run = randomUUID().replaceAll('-', '').slice(0, 10);
  const schemas: string[] = [];
  let server: LocalPostgres | undefined;
  let url: string | undefined = process.env.DATABASE_URL;
  let pglite: (PgliteDatabase & { close(): Promise<void> }) | undefined;

  beforeAll(async () => {
    if (kind === 'throwaway server') {
      server = await startLocalPostgres({ fsync: false });
      url = server.connectionString;
    } else if (kind === 'PGlite') {
      const { PGlite } = await import('@electric-sql/pglite');
      pglite = new PGlite();
    }
  });
  afterAll(async () => {
    try {
      if (kind === 'external server' && url !== undefined && schemas.length > 0) {
        const client = new pg.Client(url);
        await client.connect();
        for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      await pglite?.close();
    } finally {
      await server?.stop();
    }
  });

  return {
    kind,
    concurrencySkipReason:
      kind === 'PGlite'
        ? 'neither DATABASE_URL nor PostgreSQL binaries are available, and PGlite is a single connection'
        : undefined,
    schemaName() {
      const name = `mr_test_${run}_${schemas.length + 1}`;
      schemas.push(name);
      return name;
    },
    connection() {
      if (pglite !== undefined) return { pglite };
      if (url === undefined) throw new Error('the test database has not started');
      return { connectionString: url, maxConnections: 12 };
    },
    async rawClient() {
      if (url === undefined) throw new Error(`${kind} offers no raw connection`);
      const client = new pg.Client(url);
      await client.connect();
      return client;
    },
  };
};
