import { eventStoreContract } from '@mgmt-review/testing';
import { afterAll, beforeAll } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });

eventStoreContract(
  `PostgreSQL (${database.kind})`,
  async ({ registry, clock }) =>
    createPostgresEventStore({ ...database.connection(), schema: database.schemaName(), registry, clock }),
  { concurrencySkipReason: database.concurrencySkipReason, modelRuns: 25 },
);
