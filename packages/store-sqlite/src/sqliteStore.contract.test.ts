import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '@mgmt-review/testing';
import { createSqliteEventStore } from './sqliteStore.js';

eventStoreContract(':memory: SQLite', async ({ registry, clock }) =>
  createSqliteEventStore({ path: ':memory:', registry, clock }),
);

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-contract-'));
let files = 0;
eventStoreContract(
  'SQLite in a WAL file',
  async ({ registry, clock }) => createSqliteEventStore({ path: join(dir, `store-${++files}.db`), registry, clock }),
  { teardown: async () => rmSync(dir, { recursive: true, force: true }) },
);
