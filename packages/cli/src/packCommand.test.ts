import { existsSync, readFileSync } from 'node:fs';
import { demoFacts } from '@mgmt-review/demo';
import { describe, expect, it } from 'vitest';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { demoCli } from './testing/demoCli.js';
import { capturingIo } from './testing/testSupport.js';

const chromium = '/usr/bin/chromium';

/** `pack` on the demo history in a SQLite file, run in-process as the command line runs it. */
describe('pack --review ID [--kind agenda|minutes] [--format html|pdf|md] --out FILE', () => {
  const { dir, cli } = demoCli();

  it("writes the minutes of the demo's last review as HTML and as Markdown, each holding every decision", async () => {
    const html = dir.file('minutes.html');
    const md = dir.file('minutes.md');
    const review = demoFacts.lastHeldReviewId;
    const first = await cli('pack', '--review', review, '--kind', 'minutes', '--out', html);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`minutes pack of review ${review}`);
    expect((await cli('pack', '--review', review, '--kind', 'minutes', '--format', 'md', '--out', md)).code).toBe(0);
    // The minutes name the history they were made from: its Merkle root as `anchor` prints it.
    const anchor = JSON.parse((await cli('--json', 'anchor', '--no-record')).stdout) as { root: string };
    expect(readFileSync(html, 'utf8')).toContain(anchor.root);
    expect(readFileSync(md, 'utf8')).toContain(anchor.root);
    for (const id of demoFacts.lastDecisionIds) {
      expect(readFileSync(html, 'utf8')).toContain(id);
      expect(readFileSync(md, 'utf8')).toContain(id);
    }
  }, 60_000);

  it('as of a day, the agenda is the same bytes each time, and knows nothing recorded after it', async () => {
    const [a, b] = [dir.file('a.html'), dir.file('b.html')];
    const asOf = demoFacts.meetingDays.at(-1)!;
    const review = demoFacts.lastHeldReviewId;
    expect((await cli('pack', '--review', review, '--as-of', asOf, '--out', a)).code).toBe(0);
    expect((await cli('pack', '--review', review, '--as-of', asOf, '--out', b)).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).toContain('<svg ');
    const before = await cli('pack', '--review', demoFacts.nextReviewId, '--as-of', '2024-01-01', '--out', a);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain(`--review ${demoFacts.nextReviewId}: no such review`);
  }, 60_000);

  it('refuses Markdown for the agenda, and a review the file does not hold (or an empty file), as bad usage', async () => {
    const out = dir.file('x.md');
    const md = await cli('pack', '--review', demoFacts.lastHeldReviewId, '--format', 'md', '--out', out);
    expect(md.code).toBe(2);
    expect(md.stderr).toContain('Markdown is written for the minutes pack only');
    expect((await cli('pack', '--review', 'MR-NONE', '--out', out)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const empty = await runCli(
      ['--db', dir.file('empty.db'), 'pack', '--review', 'MR-1', '--out', out],
      capturingIo(),
      extensions,
    );
    expect(empty).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!existsSync(chromium))(
    `writes the minutes as a PDF${existsSync(chromium) ? '' : ` (skipped: no Chromium at ${chromium})`}`,
    async () => {
      const pdf = dir.file('minutes.pdf');
      const run = await cli(
        'pack',
        '--review',
        demoFacts.lastHeldReviewId,
        '--kind',
        'minutes',
        '--format',
        'pdf',
        '--out',
        pdf,
      );
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );
});
