import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryDirectory } from './testing/testSupport.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
};
/** The file npm links as `mgmt-review` (what `npx mgmt-review` runs). */
const bin = fileURLToPath(new URL(`../${manifest.bin['mgmt-review']}`, import.meta.url));

const run = (file: string, args: readonly string[]) => {
  const result = spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Runs the built `mgmt-review` as a person would: its bin, a child process, its exit code and its output. */
const cli = (...args: string[]) => run(bin, args);

describe('the built mgmt-review command, end to end on a SQLite file', () => {
  const dir = temporaryDirectory();
  const db = dir.file('demo.db');

  beforeAll(() => {
    // `npm test` builds first; this keeps the test runnable alone (incremental: a no-op when built).
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url)), '-b', 'packages/cli'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }, 300_000);
  afterAll(() => dir.remove());

  it('writes the demo history, answers every question with evidence, shows KPIs and verifies the chain', () => {
    const demo = cli('--db', db, 'demo');
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/events appended/);

    const ask = cli('--db', db, '--json', 'ask', '--as-of', '2026-09-30');
    expect(ask.code).toBe(0);
    const answers = JSON.parse(ask.stdout) as {
      number: number;
      verdict: string;
      sentence: string;
      evidence: unknown[];
    }[];
    expect(answers.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    for (const answer of answers) {
      expect(answer.sentence.length).toBeGreaterThan(10);
      expect(answer.evidence.length).toBeGreaterThan(0);
    }

    const kpis = cli('--db', db, '--json', 'kpis', '--from', '2024-10-01', '--to', '2026-09-30', '--period', 'quarter');
    expect(kpis.code).toBe(0);
    const report = JSON.parse(kpis.stdout) as { rows: { period: string }[] };
    expect(report.rows.map((r) => r.period)).toContain('2025-Q2');

    expect(cli('--db', db, 'verify').code).toBe(0);
  });

  it('runs the demo twice without appending anything the second time', () => {
    const again = cli('--db', db, '--json', 'demo');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { summary: { eventsAppended: number } }).summary.eventsAppended).toBe(0);
  });

  it("exits 1 naming the stream and version once one byte of an event's data is flipped in the file", () => {
    const bytes = readFileSync(db);
    const needle = Buffer.from('"title":"Select and deploy a PAM tool"');
    const at = bytes.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    bytes[at + 10] = 's'.charCodeAt(0) === bytes[at + 10] ? 'S'.charCodeAt(0) : 's'.charCodeAt(0);
    writeFileSync(db, bytes);
    const verify = cli('--db', db, '--json', 'verify');
    expect(verify.code).toBe(1);
    const result = JSON.parse(verify.stdout) as {
      ok: boolean;
      break: { streamId: string; streamVersion: number; kind: string };
    };
    expect(result.break).toMatchObject({ streamId: 'action-A-21', streamVersion: 1, kind: 'hash-mismatch' });
  });

  it('is linked by npm from a file that is not built (so it exists at install), is published, and says to build first when nothing is built', () => {
    const target = manifest.bin['mgmt-review'] ?? '';
    expect(target).toMatch(/^\.\/bin\//);
    expect(manifest.files).toContain('bin');
    expect(existsSync(bin)).toBe(true);
    // The same file in a package that has not been built yet.
    mkdirSync(dir.file('unbuilt/bin'), { recursive: true });
    copyFileSync(bin, dir.file('unbuilt/bin/mgmt-review.js'));
    const unbuilt = run(dir.file('unbuilt/bin/mgmt-review.js'), ['verify']);
    expect(unbuilt.code).toBe(1);
    expect(unbuilt.stderr).toContain('run `npm run build` first');
  });

  it('exits 2 on bad usage', () => {
    expect(cli('--db', db, 'no-such-command').code).toBe(2);
    expect(cli('--db', db, 'ask', '--as-of', 'yesterday').code).toBe(2);
    expect(cli('--db', db, 'kpis', '--period', 'week').code).toBe(2);
  });
});
