import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });
const skip = database.kind === 'PGlite' ? 'PGlite has no connection to lose' : undefined;

describe('PostgreSQL store without its connections', () => {
  it.skipIf(skip !== undefined)(
    `returns StoreUnavailable from append and readStream${skip === undefined ? '' : ` (skipped: ${skip})`}`,
    async () => {
      const connection = database.connection();
      if (!('connectionString' in connection)) throw new Error('a server is needed');
      const pool = new pg.Pool({ connectionString: connection.connectionString });
      const store = await createPostgresEventStore({ pool, schema: database.schemaName(), registry: contractRegistry });
      await pool.end();
      const tenant = store.forTenant('tenant-a');
      const appended = await tenant.append('tally-1', countedEvents(1));
      expect(appended._tag === 'Left' && appended.left._tag).toBe('StoreUnavailable');
      const read = await tenant.readStream('tally-1');
      expect(read._tag === 'Left' && read.left._tag).toBe('StoreUnavailable');
      await store.close();
    },
  );
});
