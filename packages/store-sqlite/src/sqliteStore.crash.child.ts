/**
 * The writer the crash test kills: appends batches to a file in a loop, forever, and prints the
 * number of each batch once its append has returned (committed). Run with
 * `node --conditions=@mgmt-review/source --import tsx sqliteStore.crash.child.ts <file> <batch size>`.
 */
import { storeModelRegistry } from '@mgmt-review/eventsourcing/testing';
import { createSqliteEventStore } from './sqliteStore.js';

const [path, size] = process.argv.slice(2);
if (path === undefined || size === undefined) throw new Error('usage: <file> <batch size>');
const store = createSqliteEventStore({ path, registry: storeModelRegistry }).forTenant('tenant-crash');
const metadata = (batch: number) => ({
  actor: { id: 'writer', role: 'process' },
  occurredAt: '2026-03-01T09:00:00.000Z',
  commandId: `batch-${batch}`,
});

for (let batch = 1; ; batch++) {
  const events = Array.from({ length: Number(size) }, (_, n) => ({
    type: 'ModelNoted',
    data: { text: `batch ${batch}`, n },
    metadata: metadata(batch),
  }));
  const result = await store.append(`note-${batch % 4}`, events);
  if (result._tag === 'Left') throw new Error(result.left.message);
  process.stdout.write(`${batch}\n`);
}
