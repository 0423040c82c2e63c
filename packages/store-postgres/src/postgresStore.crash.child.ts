/**
 * The writer the crash test kills: sends 200-event batches to PostgreSQL in a loop, forever, and
 * prints the number of each batch once its append has returned (committed). Run with
 * `node --conditions=@mgmt-review/source --import tsx postgresStore.crash.child.ts <url> <schema> <batch size>`.
 */
import { storeModelRegistry } from '@mgmt-review/eventsourcing/testing';
import { crashTenant, writeBatch } from './postgresStore.crash.batches.js';
import { createPostgresEventStore } from './postgresStore.js';

const [connectionString, schema, size] = process.argv.slice(2);
if (connectionString === undefined || schema === undefined || size === undefined) {
  throw new Error('usage: <connection string> <schema> <batch size>');
}
const store = crashTenant(
  await createPostgresEventStore({ connectionString, maxConnections: 2, schema, registry: storeModelRegistry }),
);

for (let batch = 1; ; batch++) {
  const result = await writeBatch(store, batch, Number(size));
  if (result._tag === 'Left') throw new Error(result.left.message);
  process.stdout.write(`${batch}\n`);
}
