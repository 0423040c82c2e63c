import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './program.js';
import { scheduleLine } from './testing/importFiles.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

describe('mgmt-review verify', () => {
  const dir = temporaryDirectory();
  afterAll(() => dir.remove());

  it('passes on an untouched file and exits 1 naming the stream and version after one byte of data is flipped', async () => {
    const db = dir.file('history.db');
    const file = dir.file('commands.jsonl');
    writeFileSync(file, [scheduleLine('q1'), scheduleLine('q2', { plannedDate: '2026-06-30' })].join('\n'));
    expect(await runCli(['--db', db, 'import', file], capturingIo())).toBe(0);

    const clean = capturingIo();
    expect(await runCli(['--db', db, 'verify'], clean)).toBe(0);
    expect(clean.stdout()).toMatch(/verified: 2 events in 2 streams/);

    // The store is closed (WAL checkpointed into the file): edit the file's bytes as an attacker would.
    const bytes = readFileSync(db);
    const needle = Buffer.from('"plannedDate":"2026-06-30"');
    const at = bytes.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    bytes[at + needle.length - 2] = '1'.charCodeAt(0);
    writeFileSync(db, bytes);

    const tampered = capturingIo();
    expect(await runCli(['--db', db, '--json', 'verify'], tampered)).toBe(1);
    const report = JSON.parse(tampered.stdout()) as {
      ok: boolean;
      break: { streamId: string; streamVersion: number; kind: string };
    };
    expect(report.ok).toBe(false);
    expect(report.break).toMatchObject({ streamId: 'review-q2', streamVersion: 1, kind: 'hash-mismatch' });
  });
});
