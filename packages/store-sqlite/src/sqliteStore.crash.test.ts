import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StoredEvent, verifyHistory } from '@mgmt-review/eventsourcing';
import { storeModelRegistry } from '@mgmt-review/eventsourcing/testing';
import { runUntil, spawnSourceChild } from '@mgmt-review/testing/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqliteStore.js';

const BATCH_SIZE = 200;
const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite crash safety', () => {
  it('keeps every committed batch whole and no partial batch after the writer is killed mid-append', async () => {
    const path = join(dir, 'crash.db');
    const child = spawnSourceChild(new URL('./sqliteStore.crash.child.ts', import.meta.url), [
      path,
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

    const store = createSqliteEventStore({ path, registry: storeModelRegistry });
    try {
      const tenant = store.forTenant('tenant-crash');
      const events: StoredEvent[] = [];
      for await (const batch of tenant.readAll()) events.push(...batch);
      const batches = new Map<string, number>();
      for (const event of events) {
        batches.set(event.metadata.commandId, (batches.get(event.metadata.commandId) ?? 0) + 1);
      }
      // Every batch the writer reported as committed is there…
      expect(batches.size).toBeGreaterThanOrEqual(reported);
      // …batches are there in order with none missing (the one being written may or may not be)…
      expect([...batches.keys()]).toEqual(Array.from({ length: batches.size }, (_, i) => `batch-${i + 1}`));
      // …and each one is whole.
      expect([...batches.values()].every((count) => count === BATCH_SIZE)).toBe(true);
      expect(await verifyHistory(tenant.readAll())).toMatchObject({ ok: true, events: batches.size * BATCH_SIZE });
    } finally {
      await store.close();
    }
  });
});
