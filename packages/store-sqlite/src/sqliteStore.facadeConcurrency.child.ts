/**
 * One of the processes of the facade concurrency test: opens the SQLite file it is given and runs
 * its share of the shared-actions workload through the facade.
 */
import { domainRegistry } from '@mgmt-review/core';
import { runForkedActionWorker } from '@mgmt-review/testing/concurrency';
import { createSqliteEventStore } from './sqliteStore.js';

await runForkedActionWorker(async ([path]) => {
  if (path === undefined) throw new Error('usage: <file> <orders>');
  return createSqliteEventStore({ path, registry: domainRegistry, busyTimeoutMs: 30_000 });
});
