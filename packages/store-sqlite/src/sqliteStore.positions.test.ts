import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-positions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite global positions', () => {
  it('stay exact beyond 2^53', async () => {
    const path = join(dir, 'large.db');
    await createSqliteEventStore({ path, registry: contractRegistry }).close();
    const start = 2n ** 60n;
    const db = new Database(path);
    // The counter AUTOINCREMENT keeps for the events table (a new file may hold one at 0).
    db.prepare("DELETE FROM sqlite_sequence WHERE name = 'events'").run();
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('events', ?)").run(start);
    db.close();
    const store = createSqliteEventStore({ path, registry: contractRegistry });
    const tenant = store.forTenant('tenant-a');
    const appended = await tenant.append('tally-1', countedEvents(3));
    expect(appended._tag === 'Right' && appended.right.events.map((e) => e.globalPosition)).toEqual([
      start + 1n,
      start + 2n,
      start + 3n,
    ]);
    const read: bigint[] = [];
    for await (const batch of tenant.readAll({ after: start + 1n })) read.push(...batch.map((e) => e.globalPosition));
    expect(read).toEqual([start + 2n, start + 3n]);
    expect(await tenant.headPosition()).toBe(start + 3n);
    await store.close();
  });
});
