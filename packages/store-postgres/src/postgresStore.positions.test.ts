import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOnce } from './connection.js';
import { connectorOf, createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });

describe('PostgreSQL global positions', () => {
  it('stay exact beyond 2^53, whatever type the driver returns int8 as', async () => {
    const schema = database.schemaName();
    const store = await createPostgresEventStore({ ...database.connection(), schema, registry: contractRegistry });
    const start = 2n ** 60n;
    const connector = connectorOf(database.connection());
    await queryOnce(connector, `ALTER TABLE "${schema}".events ALTER COLUMN position RESTART WITH ${start + 1n}`);
    await connector.end();
    const tenant = store.forTenant('tenant-a');
    const appended = await tenant.append('tally-1', countedEvents(3));
    expect(appended._tag === 'Right' && appended.right.events.map((e) => e.globalPosition)).toEqual([
      start + 1n,
      start + 2n,
      start + 3n,
    ]);
    const read: bigint[] = [];
    for await (const batch of tenant.readAll({ after: start + 1n })) read.push(...batch.map((e) => e.globalPosition));
    expect(read).toEqual([start + 2n, start + 3n]);
    expect(await tenant.headPosition()).toBe(start + 3n);
    await store.close();
  });
});
