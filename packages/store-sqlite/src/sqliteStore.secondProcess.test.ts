import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { firstValueFrom, take, timeout, toArray } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-shared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Two stores opened on one file behave as two processes do: each has its own connection, and
 * neither hears the other's commits.
 */
describe('SQLite file shared by two connections', () => {
  it('sees the other connection’s appends on every read, and refuses a stale expected version', async () => {
    const path = join(dir, 'reads.db');
    const writer = createSqliteEventStore({ path, registry: contractRegistry });
    const reader = createSqliteEventStore({ path, registry: contractRegistry });
    try {
      await writer.forTenant('tenant-a').append('tally-1', countedEvents(2));
      const read = await reader.forTenant('tenant-a').readStream('tally-1');
      expect(read._tag === 'Right' && read.right.length).toBe(2);
      const stale = await reader.forTenant('tenant-a').append('tally-1', countedEvents(1), { expectedVersion: 1 });
      expect(stale._tag === 'Left' && stale.left._tag).toBe('VersionConflict');
      expect(await reader.forTenant('tenant-a').headPosition()).toBe(2n);
    } finally {
      await writer.close();
      await reader.close();
    }
  });

  it('delivers the other connection’s appends to a subscription that polls', async () => {
    const path = join(dir, 'poll.db');
    const writer = createSqliteEventStore({ path, registry: contractRegistry });
    const reader = createSqliteEventStore({ path, registry: contractRegistry, pollIntervalMs: 10 });
    try {
      await writer.forTenant('tenant-a').append('tally-1', countedEvents(1));
      const received = firstValueFrom(
        reader
          .forTenant('tenant-a')
          .subscribe()
          .pipe(take(4), toArray(), timeout({ first: 10_000 })),
      );
      await writer.forTenant('tenant-a').append('tally-1', countedEvents(3));
      expect((await received).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});
