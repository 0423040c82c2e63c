import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './program.js';
import { capturingIo, temporaryDirectory } from './testSupport.js';

const chair = { id: 'u-ceo', role: 'topManagement' };
const schedule = (reviewId: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    command: 'reviews.schedule',
    actor: chair,
    input: {
      reviewId,
      plannedDate: '2026-03-31',
      cadence: 'quarterly',
      kind: 'regular',
      chair,
      periodCovered: { from: '2026-01-01', to: '2026-03-31' },
      catalogueId: 'iso27001-2022',
      at: '2026-01-05T09:00:00Z',
      ...extra,
    },
  });

describe('mgmt-review import', () => {
  const dir = temporaryDirectory();
  afterAll(() => dir.remove());

  it('applies valid lines, reports invalid ones by line and field, and appends nothing of them', async () => {
    const file = dir.file('commands.jsonl');
    writeFileSync(
      file,
      [
        schedule('q1'),
        schedule('q2', { plannedDate: '31/03/2026' }),
        '{ not json',
        JSON.stringify({ command: 'reviews.fly', actor: chair, input: {} }),
        JSON.stringify({
          command: 'reviews.recordDecision',
          actor: chair,
          input: {
            reviewId: 'q1',
            kind: 'improvement',
            description: 'd',
            rationale: 'r',
            actionIds: [],
            at: '2026-01-06T09:00:00Z',
          },
        }),
        schedule('q3'),
      ].join('\n'),
    );
    const io = capturingIo();
    const db = dir.file('history.db');
    const code = await runCli(['--db', db, '--json', 'import', file], io);
    expect(code).toBe(1);
    const summary = JSON.parse(io.stdout()) as {
      applied: number;
      failed: number;
      failures: { line: number; where: string; error: string }[];
    };
    expect(summary.applied).toBe(2);
    expect(summary.failures.map((f) => [f.line, f.error, f.where])).toEqual([
      [2, 'InvalidInput', 'input.plannedDate'],
      [3, 'InvalidLine', ''],
      [4, 'InvalidLine', 'command'],
      [5, 'RuleBroken', '9.3.3'],
    ]);

    const exported = capturingIo();
    await runCli(['--db', db, 'export'], exported);
    const streams = exported
      .stdout()
      .split('\n')
      .map((line) => (JSON.parse(line) as { streamId: string }).streamId);
    expect(streams).toEqual(['review-q1', 'review-q3']);
  });

  it('applies each line once when the same file is imported twice', async () => {
    const file = dir.file('once.jsonl');
    writeFileSync(file, `${schedule('q1')}\n`);
    const db = dir.file('once.db');
    expect(await runCli(['--db', db, 'import', file], capturingIo())).toBe(0);
    const again = capturingIo();
    expect(await runCli(['--db', db, 'import', file], again)).toBe(0);
    expect(again.stdout()).toContain('0 applied, 1 already applied, 0 failed');
  });

  it('stops at the first refused line with --stop-on-error', async () => {
    const file = dir.file('stop.jsonl');
    writeFileSync(file, [schedule('q1', { cadence: 'weekly' }), schedule('q2')].join('\n'));
    const io = capturingIo();
    expect(await runCli(['--db', dir.file('stop.db'), 'import', '--stop-on-error', file], io)).toBe(1);
    expect(io.stderr()).toContain('line 1: InvalidInput at input.cadence');
    expect(io.stdout()).toContain('0 applied, 0 already applied, 1 failed (stopped at the first failure)');
    expect(readFileSync(file, 'utf8')).toContain('q2');
  });
});
