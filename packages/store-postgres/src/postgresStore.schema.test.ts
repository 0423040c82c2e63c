import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOnce } from './connection.js';
import { PostgresOpenFailed } from './errors.js';
import { SCHEMA_VERSION, schemaVersionOf } from './migrations.js';
import { connectorOf, createPostgresEventStore, openPostgresEventStore } from './postgresStore.js';
import { DEFAULT_SCHEMA } from './schemaName.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });

describe('PostgreSQL schema and migrations', () => {
  // On a server the tests do not own (DATABASE_URL), the default schema may hold someone's data.
  const external = database.kind === 'external server';
  it.skipIf(external)(
    `puts the tables in schema ${DEFAULT_SCHEMA} unless told otherwise, migrated once${external ? ' (skipped: DATABASE_URL points at a server the tests do not own)' : ''}`,
    async () => {
      const store = await createPostgresEventStore({ ...database.connection(), registry: contractRegistry });
      await store.forTenant('tenant-a').append('tally-1', countedEvents(1));
      await store.close();
      const again = await createPostgresEventStore({ ...database.connection(), registry: contractRegistry });
      const read = await again.forTenant('tenant-a').readStream('tally-1');
      expect(read._tag === 'Right' && read.right.length).toBe(1);
      await again.close();
      const connector = connectorOf(database.connection());
      expect(await schemaVersionOf(connector, DEFAULT_SCHEMA)).toBe(SCHEMA_VERSION);
      const applied = await queryOnce<{ n: number }>(
        connector,
        `SELECT count(*)::int AS n FROM "${DEFAULT_SCHEMA}".schema_migrations`,
      );
      expect(applied[0]!.n).toBe(SCHEMA_VERSION);
      await connector.end();
    },
  );

  it('keeps two schemas of one database apart', async () => {
    const first = await createPostgresEventStore({
      ...database.connection(),
      schema: database.schemaName(),
      registry: contractRegistry,
    });
    const second = await createPostgresEventStore({
      ...database.connection(),
      schema: database.schemaName(),
      registry: contractRegistry,
    });
    await first.forTenant('tenant-a').append('tally-1', countedEvents(2));
    const other = await second
      .forTenant('tenant-b')
      .append('tally-1', countedEvents(1), { expectedVersion: 'no-stream' });
    expect(other._tag === 'Right' && other.right.events[0]!.globalPosition).toBe(1n);
    expect(await second.tenants()).toEqual(['tenant-b']);
    await first.close();
    await second.close();
  });

  it('migrates a new schema once when several processes open it together', async () => {
    const schema = database.schemaName();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () =>
        createPostgresEventStore({ ...database.connection(), schema, registry: contractRegistry }),
      ),
    );
    await Promise.all(stores.map((store) => store.close()));
    const connector = connectorOf(database.connection());
    expect(await schemaVersionOf(connector, schema)).toBe(SCHEMA_VERSION);
    await connector.end();
  });

  it('refuses a schema name that is not a plain identifier with InvalidSchemaName', async () => {
    const opened = await openPostgresEventStore({
      ...database.connection(),
      schema: 'events"; DROP TABLE x; --',
      registry: contractRegistry,
    });
    expect(opened._tag === 'Left' && opened.left._tag).toBe('InvalidSchemaName');
  });

  it('refuses a schema from a newer version with SchemaTooNew, and leaves it untouched', async () => {
    const schema = database.schemaName();
    await (await createPostgresEventStore({ ...database.connection(), schema, registry: contractRegistry })).close();
    const connector = connectorOf(database.connection());
    await queryOnce(connector, `INSERT INTO "${schema}".schema_migrations (version) VALUES ($1)`, [SCHEMA_VERSION + 1]);
    const opened = await openPostgresEventStore({ ...database.connection(), schema, registry: contractRegistry });
    expect(opened._tag === 'Left' && opened.left).toMatchObject({
      _tag: 'SchemaTooNew',
      schema,
      found: SCHEMA_VERSION + 1,
      supported: SCHEMA_VERSION,
    });
    await expect(
      createPostgresEventStore({ ...database.connection(), schema, registry: contractRegistry }),
    ).rejects.toBeInstanceOf(PostgresOpenFailed);
    expect(await schemaVersionOf(connector, schema)).toBe(SCHEMA_VERSION + 1);
    await connector.end();
  });

  it.skipIf(database.kind === 'PGlite')(
    `reports a server it cannot reach as StoreOpenFailed${database.kind === 'PGlite' ? ' (skipped: PGlite has no server to miss)' : ''}`,
    async () => {
      const opened = await openPostgresEventStore({
        connectionString: 'postgres://postgres@127.0.0.1:1/postgres',
        registry: contractRegistry,
      });
      expect(opened._tag === 'Left' && opened.left._tag).toBe('StoreOpenFailed');
    },
  );
});
