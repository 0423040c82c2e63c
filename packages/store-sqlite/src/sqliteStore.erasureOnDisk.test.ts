import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyHistory } from '@mgmt-review/eventsourcing';
import {
  erasureRequest,
  feedbackGivenEvent,
  feedbackRegistry,
  feedbackRegistryBefore,
} from '@mgmt-review/eventsourcing/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqliteStore.js';

const SECRET = 'Zebulon Quartz, room 4711';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const newFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-erasure-'));
  dirs.push(dir);
  return join(dir, 'events.db');
};

/** Whether the text is anywhere in the file or its write-ahead log, as bytes. */
const onDisk = (path: string): boolean =>
  [path, `${path}-wal`].some((file) => existsSync(file) && readFileSync(file).includes(Buffer.from(SECRET)));

const rightOf = <A>(either: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (either._tag === 'Left') throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe('erasure in a SQLite file', () => {
  it('leaves the erased text nowhere in the file once the log is checkpointed and the file vacuumed', async () => {
    const path = newFile();
    const store = createSqliteEventStore({ path, registry: feedbackRegistry });
    const tenant = store.forTenant('acme');
    const event = rightOf(
      await tenant.append('feedback-1', [feedbackGivenEvent({ feedbackId: 'f1', text: SECRET, items: [] })]),
    ).events[0]!;
    for (let i = 0; i < 3; i++) {
      rightOf(await tenant.append('feedback-2', [feedbackGivenEvent({ feedbackId: `g${i}`, text: 'x', items: [] })]));
    }
    const db = new Database(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(onDisk(path)).toBe(true);
    rightOf(await tenant.erase(erasureRequest(event.eventId, ['/text'])));
    // The erasure is in the write-ahead log; the file keeps the old page until a checkpoint writes the new one over it.
    expect(onDisk(path)).toBe(true);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(onDisk(path)).toBe(false);
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(onDisk(path)).toBe(false);
    expect(await verifyHistory(tenant.readAll())).toMatchObject({ ok: true, erasures: [{ pointer: '/text' }] });
    await store.close();
  });

  it('keeps a file written before salted digests verifying, and erases its events with a remainder digest', async () => {
    const path = newFile();
    const before = createSqliteEventStore({ path, registry: feedbackRegistryBefore });
    const written = rightOf(
      await before
        .forTenant('acme')
        .append('feedback-1', [feedbackGivenEvent({ feedbackId: 'f1', text: SECRET, items: [] })]),
    ).events[0]!;
    await before.close();
    const store = createSqliteEventStore({ path, registry: feedbackRegistry });
    const tenant = store.forTenant('acme');
    expect(await verifyHistory(tenant.readAll())).toMatchObject({ ok: true, erasures: [] });
    const erased = rightOf(await tenant.erase(erasureRequest(written.eventId, ['/text'])));
    expect((erased.erasure.data as { remainderDigest?: string }).remainderDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyHistory(tenant.readAll())).toMatchObject({
      ok: true,
      erasures: [{ eventId: written.eventId, pointer: '/text' }],
    });
    await store.close();
  });
});
