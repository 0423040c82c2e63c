import {
  type ConsultationRow,
  type ContextRegister,
  consultationRegister,
  contextRegister,
  type ImprovementLog,
  improvementLog,
  interestedPartyRegister,
  type LogPeriod,
} from '@mgmt-review/views';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { dayOf } from '../moment.js';
import { day, renderTable } from '../table.js';
import { print, type RegisterOptions, viewsAsOf } from './registers.js';

/**
 * The registers of the records a review rests on: the context with the climate-change decisions
 * (4.1), interested parties and their requirements (4.2), consultations and feedback (9.3.2 c, e)
 * and the continual-improvement log (10.1, 9.3.2 g).
 */
export interface StakeholderOptions extends RegisterOptions {
  /** `--since DAY`: only what changed since that day (included). */
  readonly since?: string;
  /** `--all`: retired context issues too. */
  readonly all?: boolean;
  /** `--period`: the length of the improvement log's periods. */
  readonly period?: string;
}

const logPeriods: readonly LogPeriod[] = ['month', 'quarter', 'year'];

const sinceOf = (options: StakeholderOptions): string | undefined =>
  options.since === undefined ? undefined : dayOf(options.since, '--since');

const shorten = (text: string, length = 40): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const contextText = (register: ContextRegister): string => {
  const issues =
    register.issues.length === 0
      ? 'No context issues match.'
      : renderTable(
          ['issue', 'kind', 'category', 'status', 'raised', 'changes', 'last change', 'effect on the ISMS'],
          register.issues.map((i) => [
            i.contextIssueId,
            i.kind,
            i.category,
            i.status,
            i.raisedOn,
            i.changes.length,
            i.changes.at(-1)?.recordedOn ?? '-',
            shorten(i.effect),
          ]),
        );
  const climate =
    register.climateDecisions.length === 0
      ? 'Climate change (4.1, Amd 1:2024): no decision recorded.'
      : [
          'Climate change (4.1, Amd 1:2024), the decision of each review cycle:',
          ...register.climateDecisions.map(
            (d) =>
              `  ${d.reviewId}: ${d.relevant ? 'relevant' : 'not relevant'} — decided ${d.decidedOn} by ${d.decidedBy}${d.revisions > 0 ? ` (revised ${d.revisions}×)` : ''}: ${d.rationale}`,
          ),
        ].join('\n');
  return `${issues}\n${climate}`;
};

/** The context register: internal and external issues, their changes, and the climate-change decisions. */
export const runContext = async (context: CliContext, options: StakeholderOptions): Promise<number> => {
  const changedSince = sinceOf(options);
  const { state, now } = await viewsAsOf(context, options);
  const register = contextRegister(state, {
    now,
    ...(changedSince === undefined ? {} : { changedSince }),
    includeRetired: options.all === true,
  });
  context.io.out(context.json ? toJson(register, 2) : contextText(register));
  return ExitCode.ok;
};

/** Interested parties and their requirements: one line per requirement, at its latest revision. */
export const runParties = async (context: CliContext, options: StakeholderOptions): Promise<number> => {
  const changedSince = sinceOf(options);
  const { state } = await viewsAsOf(context, options);
  const parties = interestedPartyRegister(state, changedSince === undefined ? {} : { changedSince });
  const lines = parties.flatMap((p) =>
    p.requirements.length === 0
      ? [[p.interestedPartyId, p.kind, '-', '-', '-', '-', '-', '-']]
      : p.requirements.map((r) => [
          p.interestedPartyId,
          p.kind,
          r.requirementId,
          `${r.latest} (rev. ${r.revision})`,
          shorten(r.need),
          r.addressed ? r.addressedBy.map((a) => `${a.kind} ${a.reference}`).join(', ') : 'not addressed',
          r.climateRelated ? 'yes' : '-',
          r.history.at(-1)?.on ?? r.recordedOn,
        ]),
  );
  return print(
    context,
    parties,
    () =>
      renderTable(['party', 'kind', 'requirement', 'status', 'need', 'addressed by', 'climate', 'last change'], lines),
    changedSince === undefined ? 'No interested parties.' : `No requirement changed since ${changedSince}.`,
  );
};

const resultsText = (r: ConsultationRow['results']): string =>
  r === undefined
    ? '-'
    : `${r.responses}/${r.invited} (${Math.round(r.responseRate * 100)}%)${r.score === undefined ? '' : `, ${r.scale ?? 'score'} ${r.score}`}`;

/** Consultations and feedback: channel, parties, window, results, and how many findings and feedback items were taken into account. */
export const runConsultations = async (context: CliContext, options: StakeholderOptions): Promise<number> => {
  const { state, now } = await viewsAsOf(context, options);
  const rows = consultationRegister(state, { now });
  return print(
    context,
    rows,
    () =>
      renderTable(
        [
          'consultation',
          'channel',
          'parties',
          'window',
          'status',
          'results',
          'findings',
          'feedback',
          'taken into account',
          'pending',
        ],
        rows.map((c) => [
          c.consultationId,
          c.channel,
          c.interestedPartyIds.join(', '),
          `${c.opensOn}…${c.closesOn} (${c.window})`,
          c.status,
          resultsText(c.results),
          c.findings.length,
          c.feedback.length,
          c.takenIntoAccount,
          c.pending,
        ]),
      ),
    'No consultations.',
  );
};

const improvementText = (log: ImprovementLog): string => {
  if (log.opportunities.length === 0) return 'No improvement opportunities logged.';
  const opportunities = renderTable(
    ['opportunity', 'source', 'status', 'logged', 'value/effort', 'decision', 'realised', 'description'],
    log.opportunities.map((o) => [
      o.opportunityId,
      o.source,
      o.status,
      o.loggedOn,
      o.evaluation === undefined ? '-' : `${o.evaluation.value}/${o.evaluation.effort}`,
      o.decision === undefined
        ? '-'
        : o.decision.outcome === 'adopt'
          ? `adopted by ${o.decision.decision.reviewId}/${o.decision.decision.decisionId}`
          : o.decision.outcome === 'defer'
            ? `deferred to ${o.decision.revisitOn}${o.decision.revisitDue ? ' DUE' : ''}`
            : 'rejected',
      day(o.realisation?.realisedOn),
      shorten(o.description),
    ]),
  );
  const periods = renderTable(
    ['period', 'logged', 'adopted', 'realised'],
    log.periods.map((p) => [p.period, p.logged, p.adopted, p.realised]),
  );
  return `${opportunities}\n${periods}`;
};

/** The continual-improvement log: each opportunity, and logged, adopted and realised per period. */
export const runImprovements = async (context: CliContext, options: StakeholderOptions): Promise<number> => {
  const period = (options.period ?? 'quarter') as LogPeriod;
  if (!logPeriods.includes(period)) throw new UsageError(`--period ${period}: expected month, quarter or year`);
  const { state, now } = await viewsAsOf(context, options);
  const log = improvementLog(state, { now, period });
  context.io.out(context.json ? toJson(log, 2) : improvementText(log));
  return ExitCode.ok;
};
