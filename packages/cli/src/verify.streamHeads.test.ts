import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './program.js';
import { openMeetingLine, scheduleLine } from './testing/importFiles.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

interface Report {
  ok: boolean;
  break?: unknown;
  heads: { checked: number; break?: { kind: string; streamId: string; message: string } };
}

const verified = async (db: string) => {
  const io = capturingIo();
  const code = await runCli(['--db', db, '--json', 'verify'], io);
  return { code, report: JSON.parse(io.stdout()) as Report };
};

/** Edits the file with SQLite itself, the store closed, as someone with the file would. */
const withFile = (db: string, change: (sqlite: Database.Database) => void) => {
  const sqlite = new Database(db);
  try {
    change(sqlite);
  } finally {
    sqlite.close();
  }
};

describe('mgmt-review verify compares the stream heads with the events', () => {
  const dir = temporaryDirectory();
  afterAll(() => dir.remove());
  let db = '';
  let files = 0;
  beforeEach(async () => {
    files += 1;
    db = dir.file(`heads-${files}.db`);
    const commands = dir.file(`commands-${files}.jsonl`);
    writeFileSync(commands, [scheduleLine('q1'), scheduleLine('q2'), openMeetingLine('q2')].join('\n'));
    expect(await runCli(['--db', db, 'import', commands], capturingIo())).toBe(0);
  });

  it('passes on an untouched file, every head compared', async () => {
    const { code, report } = await verified(db);
    expect(code).toBe(0);
    expect(report.heads).toEqual({ checked: 2 });
  });

  it('a head wound back one version exits 1 naming its stream as a head mismatch', async () => {
    withFile(db, (sqlite) => {
      sqlite.prepare("UPDATE streams SET version = version - 1 WHERE stream_id = 'review-q2'").run();
    });
    const { code, report } = await verified(db);
    expect(code).toBe(1);
    expect(report.break).toBeUndefined();
    expect(report.heads.break).toMatchObject({ kind: 'head-mismatch', streamId: 'review-q2' });

    const io = capturingIo();
    expect(await runCli(['--db', db, 'verify'], io)).toBe(1);
    expect(io.stdout()).toMatch(/TAMPERING FOUND.*stream head does not match/);
    expect(io.stdout()).toMatch(/stream: {2}review-q2/);
  });

  it('a head with another last hash exits 1 naming its stream', async () => {
    withFile(db, (sqlite) => {
      sqlite.prepare("UPDATE streams SET last_hash = 'ab' || substr(last_hash, 3) WHERE stream_id = 'review-q1'").run();
    });
    const { code, report } = await verified(db);
    expect(code).toBe(1);
    expect(report.heads.break).toMatchObject({ kind: 'head-mismatch', streamId: 'review-q1' });
  });

  it('a stream whose events were all deleted but whose head is left exits 1 as a head without events', async () => {
    withFile(db, (sqlite) => {
      sqlite.prepare("DELETE FROM events WHERE stream_id = 'review-q1'").run();
    });
    const { code, report } = await verified(db);
    expect(code).toBe(1);
    expect(report.heads.break).toMatchObject({ kind: 'head-without-events', streamId: 'review-q1' });
  });

  it('a stream whose head was deleted exits 1 as a stream without a head', async () => {
    withFile(db, (sqlite) => {
      sqlite.pragma('foreign_keys = OFF');
      sqlite.prepare("DELETE FROM streams WHERE stream_id = 'review-q2'").run();
    });
    const { code, report } = await verified(db);
    expect(code).toBe(1);
    expect(report.heads.break).toMatchObject({ kind: 'stream-without-head', streamId: 'review-q2' });
  });
});
