import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });

describe('PostgreSQL statements sent without parameters', () => {
  it('keep a tenant id with quotes and backslashes as it is', async () => {
    const store = await createPostgresEventStore({
      ...database.connection(),
      schema: database.schemaName(),
      registry: contractRegistry,
    });
    const tenantId = "o'brien \\'; DROP TABLE x; -- \\\\ ü";
    const tenant = store.forTenant(tenantId);
    expect((await tenant.append('tally-1', countedEvents(1)))._tag).toBe('Right');
    expect((await tenant.append('tally-1', countedEvents(2), { expectedVersion: 1 }))._tag).toBe('Right');
    const read = await tenant.readStream('tally-1');
    expect(read._tag === 'Right' && read.right.map((e) => [e.tenantId, e.streamVersion])).toEqual([
      [tenantId, 1],
      [tenantId, 2],
      [tenantId, 3],
    ]);
    expect(await store.tenants()).toEqual([tenantId]);
    // The stream lock and the stream's key hold the tenant id too: another tenant's tally-1 is its own.
    const other = await store.forTenant('other').append('tally-1', countedEvents(1), { expectedVersion: 'no-stream' });
    expect(other._tag === 'Right' && other.right.streamVersion).toBe(1);
    await store.close();
  });
});
