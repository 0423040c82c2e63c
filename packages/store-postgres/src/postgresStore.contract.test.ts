import { eventStoreContract } from '@mgmt-review/testing';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testDatabase.js';

const database = useTestDatabase();

eventStoreContract(
  `PostgreSQL (${database.kind})`,
  async ({ registry, clock }) =>
    createPostgresEventStore({ ...database.connection(), schema: database.schemaName(), registry, clock }),
  { concurrencySkipReason: database.concurrencySkipReason, modelRuns: 25 },
);
