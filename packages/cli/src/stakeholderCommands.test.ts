import * as core from '@mgmt-review/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandTable } from './commandTable.js';
import { extensions } from './extensions.js';
import { runCli } from './program.js';
import { importLines, lineOf } from './testing/importFiles.js';
import { capturingIo, temporaryDirectory } from './testing/testSupport.js';

/** A sample command as an import line: the facade path its type is registered under, its actor and data. */
const lineOfSample = (sample: { readonly type: string; readonly actor: object; readonly data: object }): string => {
  const entry = [...commandTable.values()].find((e) => e.type === sample.type);
  if (entry === undefined) throw new TypeError(`no facade command for ${sample.type}`);
  return lineOf(entry.path, sample.data as Record<string, unknown>, sample.actor as { id: string; role: string });
};

const nis2 = core.contextIssueSamples('ctx-nis2');
const bank = core.interestedPartySamples('ip-bank');
const survey = core.consultationSamples('cons-survey');
const automate = core.improvementSamples('imp-automate');
const siem = core.improvementSamples('imp-siem');

/**
 * Core's sample paths: issues `ctx-heat` (raised 2026-01-15) and `ctx-nis2` (raised 2026-01-15,
 * changed 2026-02-03); climate decided relevant for `r1` on 2026-03-01; party `ip-bank` with
 * `req-conf` (changed 2026-03-05) and `req-carbon` (withdrawn 2026-04-01); the survey `cons-survey`
 * to its close; `imp-automate` adopted 2026-03-31 and realised 2026-07-01, `imp-siem` deferred.
 */
const samples = [
  core.contextIssueSamples('ctx-heat').raise,
  nis2.raise,
  nis2.change,
  core.climateSamples('r1').relevant,
  bank.register,
  bank.recordAddressed,
  bank.recordNotAddressed,
  bank.change,
  bank.withdraw,
  survey.plan,
  survey.feedback,
  survey.results,
  survey.linkFeedback,
  survey.finding,
  survey.close,
  automate.log,
  automate.evaluate,
  automate.adopt,
  automate.realise,
  automate.close,
  siem.log,
  siem.evaluate,
  siem.defer,
];

describe('the context, parties, consultations and improvements commands', () => {
  const dir = temporaryDirectory();
  const db = dir.file('stakeholders.db');
  beforeAll(async () => {
    const { code, io } = await importLines(dir, db, samples.map(lineOfSample), { stopOnError: true });
    expect(io.stderr()).toBe('');
    expect(code).toBe(0);
  }, 60_000);
  afterAll(() => dir.remove());

  const cli = async (...args: string[]) => {
    const io = capturingIo();
    const code = await runCli(['--db', db, ...args], io, extensions);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };
  const json = async (...args: string[]) => {
    const run = await cli('--json', ...args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  };

  it('context: the issues and the climate decision of each review cycle; --since only what changed since', async () => {
    const all = await json('context');
    expect(all.issues.map((i: { contextIssueId: string }) => i.contextIssueId).sort()).toEqual([
      'ctx-heat',
      'ctx-nis2',
    ]);
    expect(all.latestClimateDecision).toMatchObject({ reviewId: 'r1', relevant: true, decidedBy: 'u-ceo' });
    const since = await json('context', '--since', '2026-02-02');
    expect(since.issues).toMatchObject([{ contextIssueId: 'ctx-nis2', changes: [{ recordedOn: '2026-02-03' }] }]);
    expect((await json('context', '--since', '2026-03-02')).climateDecisions).toEqual([]);

    const text = await cli('context');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/ctx-nis2 .*external .*legal .*current/);
    expect(text.stdout).toContain('r1: relevant — decided 2026-03-01 by u-ceo');
  });

  it('parties: each requirement at its latest revision; --since only those recorded, changed or withdrawn since', async () => {
    const [party] = await json('parties');
    expect(
      party.requirements.map((r: { requirementId: string; latest: string }) => [r.requirementId, r.latest]),
    ).toEqual([
      ['req-conf', 'changed'],
      ['req-carbon', 'withdrawn'],
    ]);
    const since = await json('parties', '--since', '2026-03-06');
    expect(since[0].requirements.map((r: { requirementId: string }) => r.requirementId)).toEqual(['req-carbon']);
    expect(await json('parties', '--since', '2026-04-02')).toEqual([]);

    const text = await cli('parties', '--since', '2026-04-02');
    expect(text.stdout).toBe('No requirement changed since 2026-04-02.');
    expect((await cli('parties')).stdout).toMatch(
      /req-conf .*changed \(rev\. 2\) .*control A\.8\.24, policy POL-CRYPTO v2/,
    );
  });

  it('consultations: results and what was done with each finding and feedback item', async () => {
    const [row] = await json('consultations');
    expect(row).toMatchObject({
      consultationId: 'cons-survey',
      channel: 'survey',
      status: 'closed',
      results: { responses: 30, invited: 40, responseRate: 0.75, score: 4.2 },
      takenIntoAccount: 2,
      pending: 0,
    });
    expect(row.feedback[0]).toMatchObject({ itemId: 'fb-keys', outcome: 'linked' });
    expect(row.findings[0]).toMatchObject({ itemId: 'f-notices', outcome: 'notActedOn' });
    const table = (await cli('consultations')).stdout;
    expect(table).toMatch(/results .*findings .*feedback .*taken into account .*pending/);
    // One finding, one feedback item, both taken into account, none pending.
    expect(table).toMatch(/satisfaction 4\.2 +│ 1 +│ 1 +│ 2 +│ 0 /);
    expect(table).toMatch(/cons-survey .*survey .*closed .*30\/40 \(75%\), satisfaction 4\.2/);
  });

  it('improvements: each opportunity to its decision and result, and the log per period', async () => {
    const log = await json('improvements', '--period', 'month', '--as-of', '2026-07-31', '--effective');
    expect(
      log.opportunities.map((o: { opportunityId: string; status: string }) => [o.opportunityId, o.status]),
    ).toEqual([
      ['imp-automate', 'closed'],
      ['imp-siem', 'deferred'],
    ]);
    expect(log.opportunities[0].decision).toMatchObject({
      outcome: 'adopt',
      decision: { reviewId: 'r1', decisionId: 'dec-1' },
    });
    expect(log.periods.map((p: { period: string }) => p.period)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
    ]);
    const text = await cli('improvements', '--period', 'year');
    expect(text.stdout).toMatch(/imp-automate .*staffSuggestion .*closed .*adopted by r1\/dec-1/);
    expect(text.stdout).toMatch(/2026 .*2 .*1 .*1/);
  });

  it('answer as of a moment: --effective for what had happened by then', async () => {
    const asOf = ['--as-of', '2026-02-15', '--effective'];
    expect((await json('context', ...asOf)).latestClimateDecision).toBeUndefined();
    const [consultation] = await json('consultations', ...asOf);
    expect(consultation).toMatchObject({ status: 'planned', window: 'open', pending: 1 });
    expect(consultation.results).toBeUndefined();
    expect((await json('improvements', ...asOf)).opportunities.map((o: { status: string }) => o.status)).toEqual([
      'evaluated',
      'evaluated',
    ]);
  });

  it('refuses a --since or a --period that is not one, as bad usage', async () => {
    const since = await cli('context', '--since', 'last-review');
    expect(since.code).toBe(2);
    expect(since.stderr).toContain('--since last-review: expected a date');
    expect((await cli('improvements', '--period', 'week')).code).toBe(2);
  });

  it('says what each command shows, with its options, in --help', async () => {
    for (const [command, option] of [
      ['context', '--since <day>'],
      ['parties', '--since <day>'],
      ['consultations', '--as-of <date>'],
      ['improvements', '--period <period>'],
    ] as const) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(option);
      expect(help.stdout).toContain('--effective');
    }
  });
});
