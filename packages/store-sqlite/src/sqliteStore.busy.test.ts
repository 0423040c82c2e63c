import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-busy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite file locked by another writer', () => {
  it('returns StoreUnavailable after the busy timeout, appends nothing, and appends once the lock is gone', async () => {
    const path = join(dir, 'busy.db');
    const store = createSqliteEventStore({ path, registry: contractRegistry, busyTimeoutMs: 50 });
    const other = new Database(path);
    try {
      const tenant = store.forTenant('tenant-a');
      other.exec('BEGIN IMMEDIATE');
      const refused = await tenant.append('tally-1', countedEvents(2));
      expect(refused._tag === 'Left' && refused.left._tag).toBe('StoreUnavailable');
      other.exec('ROLLBACK');
      const read = await tenant.readStream('tally-1');
      expect(read._tag === 'Right' && read.right).toEqual([]);
      const appended = await tenant.append('tally-1', countedEvents(2), { expectedVersion: 'no-stream' });
      expect(appended._tag === 'Right' && appended.right.streamVersion).toBe(2);
    } finally {
      other.close();
      await store.close();
    }
  });
});
