import { copyFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

interface Report {
  ok: boolean;
  events: number;
  anchors: {
    checked: number;
    held: number;
    break?: { kind: string; message: string; present: number; skippedPositions?: unknown };
  };
}

const cli = async (...args: string[]) => {
  const io = capturingIo();
  const code = await runCli(args, io, extensions);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

const verified = async (db: string, ...extra: string[]) => {
  const run = await cli('--db', db, '--json', 'verify', ...extra);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
};

/** Deletes rows as an attacker with the file would: with SQLite itself, the store closed. */
const withFile = (db: string, change: (sqlite: Database.Database) => void) => {
  const sqlite = new Database(db);
  try {
    change(sqlite);
  } finally {
    sqlite.close();
  }
};

/** The last event of the review stream whose last event came first: a stream's tail, well inside the history. */
const lastEventOfAReview = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      `SELECT stream_id AS streamId, stream_version AS version, position FROM events e
       WHERE stream_id LIKE 'review-%'
         AND stream_version = (SELECT max(stream_version) FROM events WHERE stream_id = e.stream_id)
       ORDER BY position LIMIT 1`,
    )
    .get() as { streamId: string; version: number; position: number };

describe('verify with anchors, on the demo file', () => {
  const dir = temporaryDirectory();
  const demo = dir.file('demo.db');
  afterAll(() => dir.remove());
  beforeAll(async () => {
    expect((await cli('--db', demo, 'demo')).code).toBe(0);
  }, 120_000);

  it('without an anchor, deleting the last event of a review stream goes unnoticed: the limit anchors remove', async () => {
    const db = dir.file('no-anchor.db');
    copyFileSync(demo, db);
    withFile(db, (sqlite) => {
      const last = lastEventOfAReview(sqlite);
      sqlite.prepare('DELETE FROM events WHERE position = ?').run(last.position);
    });
    expect((await verified(db)).code).toBe(0);
  });

  it('after a recorded anchor, deleting the last event of a review stream exits 1 naming the missing event', async () => {
    const db = dir.file('recorded.db');
    copyFileSync(demo, db);
    const anchored = await cli('--db', db, 'anchor');
    expect(anchored.code).toBe(0);
    const anchor = JSON.parse(anchored.stdout) as { size: number; position: string };
    expect((await verified(db)).report.anchors).toMatchObject({ checked: 1, held: 1 });

    let deleted: { streamId: string; version: number; position: number } | undefined;
    withFile(db, (sqlite) => {
      deleted = lastEventOfAReview(sqlite);
      sqlite.prepare('DELETE FROM events WHERE position = ?').run(deleted.position);
      // A careful attacker also winds the stream's head back, so the store's own view agrees.
      sqlite.prepare('UPDATE streams SET version = version - 1 WHERE stream_id = ?').run(deleted.streamId);
    });
    const { code, report } = await verified(db);
    expect(code).toBe(1);
    expect(report.anchors.break).toMatchObject({
      kind: 'events-missing',
      present: anchor.size - 1,
      // One tenant in the file: the skipped position is exactly the deleted event's.
      skippedPositions: [{ from: String(deleted!.position), to: String(deleted!.position) }],
    });
    expect(report.anchors.break!.message).toMatch(/1 of its events are missing/);

    const text = await cli('--db', db, 'verify');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/TAMPERING FOUND.*no longer extends an anchor/);
    expect(text.stdout).toMatch(/check: {3}events-missing/);
  });

  it('with an anchor kept outside, deleting a whole stream exits 1, and an untouched file still verifies against it', async () => {
    const db = dir.file('outside.db');
    copyFileSync(demo, db);
    const printed = await cli('--db', db, 'anchor', '--no-record');
    expect(printed.code).toBe(0);
    const anchors = dir.file('anchors.jsonl');
    writeFileSync(anchors, `${printed.stdout}\n`);
    const clean = await verified(db, '--anchors', anchors);
    expect(clean.code).toBe(0);
    expect(clean.report.anchors).toMatchObject({ checked: 1, held: 1 });

    withFile(db, (sqlite) => {
      const { streamId } = lastEventOfAReview(sqlite);
      sqlite.prepare('DELETE FROM events WHERE stream_id = ?').run(streamId);
      sqlite.prepare('DELETE FROM streams WHERE stream_id = ?').run(streamId);
    });
    expect((await verified(db)).code).toBe(0);
    const { code, report } = await verified(db, '--anchors', anchors);
    expect(code).toBe(1);
    expect(report.anchors.break).toMatchObject({ kind: 'events-missing' });
  });

  it('proves an event’s inclusion, and refuses an event the history does not hold', async () => {
    let eventId = '';
    withFile(demo, (sqlite) => {
      eventId = (
        sqlite.prepare('SELECT event_id AS id FROM events ORDER BY position LIMIT 1 OFFSET 7').get() as {
          id: string;
        }
      ).id;
    });
    const proved = await cli('--db', demo, 'prove', eventId);
    expect(proved.code).toBe(0);
    expect(JSON.parse(proved.stdout)).toMatchObject({ eventId, leafIndex: 7 });
    expect((await cli('--db', demo, 'prove', 'no-such-event')).code).toBe(1);
  });

  it('refuses an anchors file with an unknown field, naming the line and the field', async () => {
    const file = dir.file('bad.jsonl');
    writeFileSync(
      file,
      '{"tenant":"acme","size":1,"root":"00","position":"1","at":"2026-01-01T00:00:00Z","extra":1}\n',
    );
    const run = await cli('--db', demo, 'verify', '--anchors', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line 1: .*extra: unknown field/);
  });
});
