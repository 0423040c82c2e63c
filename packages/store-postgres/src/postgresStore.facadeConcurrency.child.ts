/**
 * One of the processes of the facade concurrency test: opens the PostgreSQL schema it is given and
 * runs its share of the shared-actions workload through the facade.
 */
import { domainRegistry } from '@mgmt-review/core';
import { runForkedActionWorker } from '@mgmt-review/testing/concurrency';
import { createPostgresEventStore } from './postgresStore.js';

await runForkedActionWorker(async ([connectionString, schema]) => {
  if (connectionString === undefined || schema === undefined) throw new Error('usage: <url> <schema> <orders>');
  return createPostgresEventStore({ connectionString, maxConnections: 2, schema, registry: domainRegistry });
});
