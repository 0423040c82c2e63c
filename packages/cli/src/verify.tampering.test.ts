import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testSupport.js';

const chair = { id: 'u-ceo', role: 'topManagement' };
const line = (reviewId: string, plannedDate: string) =>
  JSON.stringify({
    command: 'reviews.schedule',
    actor: chair,
    input: {
      reviewId,
      plannedDate,
      cadence: 'quarterly',
      kind: 'regular',
      chair,
      periodCovered: { from: '2026-01-01', to: '2026-03-31' },
      catalogueId: 'iso27001-2022',
      at: '2026-01-05T09:00:00Z',
    },
  });

describe('mgmt-review verify', () => {
  const dir = temporaryDirectory();
  afterAll(() => dir.remove());

  it('passes on an untouched file and exits 1 naming the stream and version after one byte of data is flipped', async () => {
    const db = dir.file('history.db');
    const file = dir.file('commands.jsonl');
    writeFileSync(file, [line('q1', '2026-03-31'), line('q2', '2026-06-30')].join('\n'));
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
