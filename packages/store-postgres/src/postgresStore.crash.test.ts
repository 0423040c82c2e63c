import { type EventStore, type StoredEvent, verifyHistory } from '@mgmt-review/eventsourcing';
import { storeModelRegistry } from '@mgmt-review/eventsourcing/testing';
import { runUntil, spawnSourceChild } from '@mgmt-review/testing/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashTenant, writeBatch } from './postgresStore.crash.batches.js';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const BATCH_SIZE = 200;
const database = useTestDatabase({ beforeAll, afterAll });
const skip = database.concurrencySkipReason;
const title = (what: string) => (skip === undefined ? what : `${what} (skipped: ${skip})`);

const batchesIn = async (store: EventStore) => {
  const events: StoredEvent[] = [];
  for await (const batch of crashTenant(store).readAll()) events.push(...batch);
  const batches = new Map<string, number>();
  for (const event of events) {
    batches.set(event.metadata.commandId, (batches.get(event.metadata.commandId) ?? 0) + 1);
  }
  return { events, batches };
};

describe('PostgreSQL crash safety', () => {
  it.skipIf(skip !== undefined)(
    title(
      'keeps every committed batch whole and no partial batch after the writer is killed mid-append, and the retried command appends once',
    ),
    async () => {
      const { connectionString } = database.connection() as { connectionString: string };
      const schema = database.schemaName();
      const child = spawnSourceChild(new URL('./postgresStore.crash.child.ts', import.meta.url), [
        connectionString,
        schema,
        String(BATCH_SIZE),
      ]);
      const exited = new Promise((resolve) => child.on('exit', resolve));
      let reported: number;
      try {
        reported = await runUntil(child, 25);
      } finally {
        child.kill('SIGKILL');
      }
      await exited;

      const store = await createPostgresEventStore({
        connectionString,
        maxConnections: 2,
        schema,
        registry: storeModelRegistry,
      });
      try {
        const { batches } = await batchesIn(store);
        console.info(`PostgreSQL crash: writer reported ${reported} batches, ${batches.size} committed when killed`);
        // Every batch the writer reported as committed is there…
        expect(batches.size).toBeGreaterThanOrEqual(reported);
        // …batches are there in order with none missing (the one being written may or may not be)…
        expect([...batches.keys()]).toEqual(Array.from({ length: batches.size }, (_, i) => `batch-${i + 1}`));
        // …each one is whole, and every chain verifies.
        expect([...batches.values()].every((count) => count === BATCH_SIZE)).toBe(true);
        expect(await verifyHistory(crashTenant(store).readAll())).toMatchObject({
          ok: true,
          events: batches.size * BATCH_SIZE,
        });

        // The writer's host retries the batch it was sending when it died (the one after the last
        // committed), then retries it again: it is appended once, and a committed batch not at all.
        const inFlight = batches.size + 1;
        const first = await writeBatch(crashTenant(store), inFlight, BATCH_SIZE);
        const again = await writeBatch(crashTenant(store), inFlight, BATCH_SIZE);
        const committed = await writeBatch(crashTenant(store), batches.size, BATCH_SIZE);
        expect(first).toMatchObject({ _tag: 'Right', right: { alreadyHandled: false } });
        expect(again).toMatchObject({ _tag: 'Right', right: { alreadyHandled: true } });
        expect(committed).toMatchObject({ _tag: 'Right', right: { alreadyHandled: true } });
        const after = await batchesIn(store);
        expect(after.batches.get(`batch-${inFlight}`)).toBe(BATCH_SIZE);
        expect(after.events.length).toBe((batches.size + 1) * BATCH_SIZE);
        expect(await verifyHistory(crashTenant(store).readAll())).toMatchObject({ ok: true });
      } finally {
        await store.close();
      }
    },
    120_000,
  );
});
