import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/** CI's last line, from `npm test`'s report and `npm run test:packed`'s (the latter runs from packed tarballs). */
const summary = fileURLToPath(new URL('../../../.ci/summary.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Status = 'passed' | 'failed' | 'skipped';
const report = (name: string, statuses: readonly Status[], suiteStatus: Status = 'passed') => {
  const file = join(dir, name);
  const assertionResults = statuses.map((status, i) => ({ status, fullName: `${name} test ${i}` }));
  const success = suiteStatus !== 'failed' && !statuses.includes('failed');
  writeFileSync(file, JSON.stringify({ success, testResults: [{ name, status: suiteStatus, assertionResults }] }));
  return file;
};

const runSummary = async (...args: string[]) => {
  try {
    const { stdout } = await promisify(execFile)('node', [summary, ...args]);
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, lines: failed.stdout.trim().split('\n') };
  }
};

describe("CI's summary line", () => {
  it('reads one report as before', async () => {
    const { code, lines } = await runSummary(report('one.json', ['passed', 'passed', 'skipped']));
    expect(lines).toEqual(['skipped: one.json test 2', '2 passed, 0 failed, 1 skipped']);
    expect(code).toBe(0);
  });

  it('sums the two reports into one line', async () => {
    const { code, lines } = await runSummary(report('a.json', ['passed', 'passed']), report('b.json', ['passed']));
    expect(lines.at(-1)).toBe('3 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('fails when either report has a failure, or a file that did not run', async () => {
    const failing = await runSummary(report('c.json', ['passed']), report('d.json', ['passed', 'failed']));
    expect([failing.lines.at(-1), failing.code]).toEqual(['2 passed, 1 failed', 1]);
    const unloaded = await runSummary(report('e.json', ['passed']), report('f.json', [], 'failed'));
    expect([unloaded.lines.at(-1), unloaded.code]).toEqual(['1 passed, 1 failed', 1]);
  });

  it('counts a missing report, and a failed step without one, as failures', async () => {
    const { code, lines } = await runSummary(
      report('g.json', ['passed']),
      join(dir, 'never-written.json'),
      '--failed-step',
      'npm run docs:api:check',
    );
    expect(lines).toEqual([
      `no report: ${join(dir, 'never-written.json')}`,
      'failed: npm run docs:api:check',
      '1 passed, 2 failed',
    ]);
    expect(code).toBe(1);
  });
});
