import { auditSamples, indicatorSamples, objectiveSamples } from '@mgmt-review/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTable } from './commandTable.js';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { importLines, lineOf } from './testing/importFiles.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

/** A sample command of `@mgmt-review/core/testing` as an import line, by the facade path of its type. */
const lineOfSample = (command: { type: string; actor: { id: string; role: string }; data: object }): string => {
  const entry = [...commandTable.values()].find((e) => e.type === command.type);
  if (entry === undefined) throw new TypeError(`no import command for ${command.type}`);
  return lineOf(entry.path, command.data as Record<string, unknown>, command.actor);
};

const ind = indicatorSamples();
const obj = objectiveSamples();
const audit = auditSamples();
const autumn = auditSamples('au-2026-2');

const history = [
  ind.define,
  ind.record('2026-01', 9),
  ind.analyse('2026-01', 'a phishing wave in the second week'),
  ...[7, 6, 5, 4, 3].map((value, i) => ind.record(`2026-0${i + 2}`, value)),
  ind.correct('2026-06', 5),
  obj.set,
  obj.revise,
  obj.evaluate(3),
  audit.plan,
  { ...autumn.plan, data: { ...autumn.plan.data, window: { from: '2026-09-07', to: '2026-09-11' } } },
  audit.start,
  audit.finding('observation', 'f-1'),
  audit.finding('opportunity', 'f-2'),
  audit.report,
];

const run = async (db: string, args: readonly string[]) => {
  const io = capturingIo();
  const code = await runCli(['--db', db, ...args], io, extensions);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('the objectives, indicators and audits commands', () => {
  const dir = temporaryDirectory();
  const db = dir.file('performance.db');
  beforeAll(async () => {
    const imported = await importLines(dir, db, history.map(lineOfSample), { stopOnError: true });
    expect(imported.io.stderr()).toBe('');
    expect(imported.code).toBe(0);
  }, 60_000);
  afterAll(() => dir.remove());

  it('objectives: lists each objective with its target, latest measurement against it, progress and due date', async () => {
    const { code, out, err } = await run(db, ['objectives', '--as-of', '2026-07-20', '--effective']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('obj-incidents');
    expect(out).toContain('≤ 3 ind-incidents');
    expect(out).toContain('2026-06: 5 not met');
    expect(out).toContain('onTrack 2026-07-10');
    expect(out).toContain('2026-12-31 (in 164 d)');
  });

  it('objectives --json: the rows of the register; --status filters them', async () => {
    const rows = JSON.parse((await run(db, ['--json', 'objectives', '--as-of', '2026-07-20', '--effective'])).out);
    expect(rows).toMatchObject([
      { objectiveId: 'obj-incidents', status: 'set', revisions: 1, latestMeasurement: { value: 5, corrections: 1 } },
    ]);
    expect(JSON.parse((await run(db, ['--json', 'objectives', '--status', 'achieved', 'missed'])).out)).toEqual([]);
    expect((await run(db, ['objectives', '--status', 'lost'])).code).toBe(2);
  });

  it('indicators: one row per indicator with its latest value, breaches and one-line trend', async () => {
    const { code, out } = await run(db, ['indicators', '--as-of', '2026-07-20', '--effective']);
    expect(code).toBe(0);
    expect(out).toContain('ind-incidents');
    expect(out).toContain('2026-06: 5');
    expect(out).toContain('█▅▄▂▁▂ improving, 1 breach in 6 periods');
  });

  it('indicators ID: the series period by period, the correction and the analysis shown, with the trend under it', async () => {
    const { code, out } = await run(db, ['indicators', 'ind-incidents', '--as-of', '2026-07-20', '--effective']);
    expect(code).toBe(0);
    expect(out).toContain('ind-incidents — security incidents per month (active)');
    expect(out).toContain('target ≤ 4, breach beyond 8');
    expect(out).toMatch(/2026-01 +│ 9 +│ not met +│ BREACH/);
    expect(out).toContain('was 3: two tickets were classifi');
    expect(out).toContain('a phishing wave in the second');
    expect(out).toContain('trend: █▅▄▂▁▂ improving, 1 breach in 6 periods');
    const series = JSON.parse((await run(db, ['--json', 'indicators', 'ind-incidents', '--to', '2026-03-31'])).out);
    expect(series.values.map((v: { period: string; value: number }) => [v.period, v.value])).toEqual([
      ['2026-01', 9],
      ['2026-02', 7],
      ['2026-03', 6],
    ]);
  });

  it('indicators ID: an unknown indicator is a usage error naming it', async () => {
    const { code, err } = await run(db, ['indicators', 'ind-nothing']);
    expect(code).toBe(2);
    expect(err).toContain('no indicator ind-nothing');
  });

  it('audits: each audit with its findings by kind, and planned against performed per year', async () => {
    const { code, out } = await run(db, ['audits', '--as-of', '2026-09-20', '--effective']);
    expect(code).toBe(0);
    expect(out).toMatch(/au-2026-1 .*reported .*in window .*C 0 · NC 0 · O 1 · OFI 1/);
    expect(out).toMatch(/au-2026-2 .*planned .*OVERDUE 9 d/);
    expect(out).toMatch(/2026 +│ 2 +│ 1 +│ 1 +│ 0 +│ 0 +│ 1 +│ 1/);
    const programme = JSON.parse((await run(db, ['--json', 'audits', '--as-of', '2026-09-20', '--effective'])).out);
    expect(programme.overdue.map((a: { auditId: string }) => a.auditId)).toEqual(['au-2026-2']);
    expect(programme.years[0]).toMatchObject({ year: '2026', planned: 2, performed: 1 });
  });

  it('answers as of a moment: with --effective what had happened by then, without it what had been recorded', async () => {
    const april = JSON.parse((await run(db, ['--json', 'audits', '--as-of', '2026-04-15', '--effective'])).out);
    expect(april.audits.map((a: { auditId: string; status: string }) => [a.auditId, a.status])).toEqual([
      ['au-2026-1', 'planned'],
      ['au-2026-2', 'planned'],
    ]);
    const series = JSON.parse(
      (await run(db, ['--json', 'indicators', 'ind-incidents', '--as-of', '2026-04-15', '--effective'])).out,
    );
    expect(series.values.map((v: { period: string }) => v.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect((await run(db, ['objectives', '--as-of', '2020-01-01'])).out).toBe('No objectives match.');
    expect((await run(db, ['audits', '--as-of', '2020-01-01'])).out).toBe('No audits match.');
    expect((await run(db, ['indicators', '--as-of', '2020-01-01'])).out).toBe('No indicators.');
  });

  it('explains each command and its options with --help', async () => {
    for (const command of ['objectives', 'indicators', 'audits']) {
      const { code, out } = await run(db, [command, '--help']);
      expect(code).toBe(0);
      expect(out).toContain('--as-of');
      expect(out).toContain('--effective');
    }
    expect((await run(db, ['indicators', '--help'])).out).toContain('--periods');
  });
});
