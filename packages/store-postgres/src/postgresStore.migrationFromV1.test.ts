import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { askAuditor } from '@mgmt-review/auditor';
import { domainRegistry } from '@mgmt-review/core';
import type { EventStore } from '@mgmt-review/eventsourcing';
import { migratedStoreContract } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaVersionOf } from './migrations.js';
import { connectorOf, createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

/** The schema 0.1.0 wrote (a pg_dump), and what 0.1.0 answered from it (see fixtures/schema-v1/README.md). */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/schema-v1/${name}`, import.meta.url));
const before = JSON.parse(readFileSync(fixture('answers.json'), 'utf8'));
const DUMPED_SCHEMA = 'mr_fixture_v1';

const database = useTestDatabase({ beforeAll, afterAll });

/**
 * The dump as SQL for a schema of the test's own: the schema renamed, and without pg_dump's
 * `\restrict` lines, which only psql understands.
 */
const dumpInto = (schema: string): string =>
  readFileSync(fixture('dump.sql'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('\\'))
    .join('\n')
    .replaceAll(DUMPED_SCHEMA, schema);

/** Loads the dump into a new schema: through a client of its own, since the dump sets session settings. */
const restore = async (): Promise<string> => {
  const schema = database.schemaName();
  const connection = database.connection();
  if ('pglite' in connection) {
    const pglite = connection.pglite as unknown as { exec(sql: string): Promise<unknown> };
    await pglite.exec(dumpInto(schema));
    await pglite.exec('RESET ALL');
  } else {
    const client = await database.rawClient();
    try {
      await client.query(dumpInto(schema));
    } finally {
      await client.end();
    }
  }
  return schema;
};

/** A new copy of the dumped schema, opened (and so migrated) by the current store. */
const openCopy = async (): Promise<{ schema: string; store: EventStore }> => {
  const schema = await restore();
  const connector = connectorOf(database.connection());
  expect(await schemaVersionOf(connector, schema)).toBe(1);
  await connector.end();
  return {
    schema,
    store: await createPostgresEventStore({ ...database.connection(), schema, registry: domainRegistry }),
  };
};

migratedStoreContract(`A PostgreSQL schema written by the 0.1.0 store (schema version 1, ${database.kind})`, {
  before: before.tenants,
  openMigrated: async () => (await openCopy()).store,
});

describe(`A PostgreSQL schema written by the 0.1.0 store (schema version 1, ${database.kind}), opened`, () => {
  it('is migrated to the current schema', async () => {
    const { schema, store } = await openCopy();
    await store.close();
    const connector = connectorOf(database.connection());
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    expect(await schemaVersionOf(connector, schema)).toBe(SCHEMA_VERSION);
    await connector.end();
  });

  it("gives the demo tenant the auditor's answer 0.1.0 gave", async () => {
    const { store } = await openCopy();
    const { tenantId, now, answer } = before.auditor;
    expect(await askAuditor(store.forTenant(tenantId), 'planned-intervals', { now })).toEqual(answer);
    await store.close();
  });
});
