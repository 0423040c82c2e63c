/**
 * A host that appends and ends without closing its store: the checkpoint worker must not keep the
 * process alive. Prints `appended` once its appends have returned, then lets the event loop empty.
 * Run with `node --conditions=@mgmt-review/source --import tsx sqliteStore.checkpoints.child.ts <file>`.
 */
import { storeModelRegistry } from '@mgmt-review/eventsourcing/testing';
import { createSqliteEventStore } from './sqliteStore.js';

const [path] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: <file>');
const store = createSqliteEventStore({ path, registry: storeModelRegistry, synchronous: 'normal' });
for (let stream = 1; stream <= 20; stream++) {
  const events = Array.from({ length: 50 }, (_, n) => ({
    type: 'ModelNoted',
    data: { text: `note ${stream}`, n },
    metadata: { actor: { id: 'host', role: 'process' }, occurredAt: '2026-03-01T09:00:00.000Z' },
  }));
  const appended = await store.forTenant('tenant-a').append(`note-${stream}`, events);
  if (appended._tag === 'Left') throw new Error(appended.left.message);
}
process.stdout.write('appended\n');
