import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { spawnSourceChild } from '@mgmt-review/testing/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore, type SqliteEventStoreOptions } from './sqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fileSize = (path: string) => statSync(path).size;

/** Appends 2,000 events in 100-event appends: about 2 MB of log, below both checkpoint thresholds' sizes but the worker's. */
const appendBatches = async (path: string, checkpoints: SqliteEventStoreOptions['checkpoints']) => {
  const store = createSqliteEventStore({ path, registry: contractRegistry, synchronous: 'normal', checkpoints });
  const sizeBefore = fileSize(path);
  for (let stream = 1; stream <= 20; stream++) {
    const appended = await store.forTenant('tenant-a').append(`tally-${stream}`, countedEvents(100));
    if (appended._tag === 'Left') throw new Error(appended.left.message);
  }
  return { store, sizeBefore };
};

/** Waits until `holds()` or `timeoutMs` has passed; returns whether it held. */
const eventually = async (holds: () => boolean, timeoutMs = 10_000): Promise<boolean> => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (holds()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return holds();
};

describe('SQLite checkpoints of the write-ahead log', () => {
  it('copy appended pages into the database file in the background, with no append running the checkpoint', async () => {
    const path = join(dir, 'background.db');
    const { store, sizeBefore } = await appendBatches(path, 'background');
    try {
      // The log holds fewer pages than the writer's own threshold: only the worker copies them.
      expect(await eventually(() => fileSize(path) > sizeBefore + 1_000_000)).toBe(true);
      const read = await store.forTenant('tenant-a').readStream('tally-20');
      expect(read._tag === 'Right' && read.right.length).toBe(100);
    } finally {
      await store.close();
    }
  });

  it('inline, leave the same pages in the log until an append fills it past SQLite’s threshold', async () => {
    const path = join(dir, 'inline.db');
    const { store, sizeBefore } = await appendBatches(path, 'inline');
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fileSize(path)).toBe(sizeBefore);
      expect(fileSize(`${path}-wal`)).toBeGreaterThan(1_000_000);
    } finally {
      await store.close();
    }
  });

  it('stop when the store closes: the file is then the last connection’s, so the log is checkpointed and removed', async () => {
    const path = join(dir, 'closed.db');
    const { store } = await appendBatches(path, 'background');
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = createSqliteEventStore({ path, registry: contractRegistry });
    try {
      expect(await reopened.forTenant('tenant-a').headPosition()).toBe(2000n);
    } finally {
      await reopened.close();
    }
  });

  it('never keep a host alive that ends without closing its store, and lose none of its appends', async () => {
    const path = join(dir, 'unclosed.db');
    const child = spawnSourceChild(new URL('./sqliteStore.checkpoints.child.ts', import.meta.url), [path]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await exit;
    clearTimeout(timer);
    expect({ code, output }).toEqual({ code: 0, output: 'appended\n' });
    const reopened = createSqliteEventStore({ path, registry: contractRegistry });
    try {
      expect(await reopened.forTenant('tenant-a').headPosition()).toBe(1000n);
    } finally {
      await reopened.close();
    }
  }, 40_000);
});
