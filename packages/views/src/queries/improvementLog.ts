import {
  addDays,
  daysBetween,
  type Frequency,
  type ImprovementClosure,
  type ImprovementLevel,
  type ImprovementSource,
  type ImprovementStatus,
  periodBounds,
  periodOf,
} from '@mgmt-review/core';
import type { ImprovementDecisionRecord, ImprovementRecord } from '../registers/improvements.js';
import type { ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';

/**
 * The decision on an opportunity, as the log shows it on the day asked about: as recorded, and for
 * a deferral whether the revisit day has come (`revisitDue`) and the days to it from the day asked
 * about (`daysToRevisit`, negative once past).
 */
export type ImprovementDecisionRow =
  | Exclude<ImprovementDecisionRecord, { readonly outcome: 'defer' }>
  | (Extract<ImprovementDecisionRecord, { readonly outcome: 'defer' }> & {
      readonly revisitDue: boolean;
      readonly daysToRevisit: number;
    });

/** One opportunity in the continual-improvement log (10.1, 9.3.2 g). */
export interface ImprovementRow {
  readonly opportunityId: string;
  readonly source: ImprovementSource;
  readonly sourceReference: string | undefined;
  readonly description: string;
  readonly expectedBenefit: string;
  readonly status: ImprovementStatus;
  readonly loggedOn: string;
  readonly evaluation:
    | {
        readonly value: ImprovementLevel;
        readonly effort: ImprovementLevel;
        readonly evaluatedBy: string;
        readonly evaluatedOn: string;
        readonly comment: string | undefined;
      }
    | undefined;
  readonly decision: ImprovementDecisionRow | undefined;
  readonly adoptedOn: string | undefined;
  readonly realisation:
    | { readonly benefitObserved: string; readonly evidence: readonly string[]; readonly realisedOn: string }
    | undefined;
  readonly closedOn: string | undefined;
  readonly closedAs: ImprovementClosure | undefined;
  readonly closeReason: string | undefined;
}

/** The length of the periods the log is counted over. */
export type LogPeriod = 'month' | 'quarter' | 'year';

/** How many opportunities were logged, adopted and realised in one period (by the day of each). */
export interface ImprovementPeriodRow {
  /** The period as core writes it: `2026-03`, `2026-Q1`, `2026`. */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  readonly logged: number;
  readonly adopted: number;
  readonly realised: number;
}

/** The continual-improvement log: each opportunity, and the log over time. */
export interface ImprovementLog {
  readonly opportunities: readonly ImprovementRow[];
  /** Every period from the first one anything was logged in to the one holding `now` (or the last one counted), zeros included. */
  readonly periods: readonly ImprovementPeriodRow[];
}

export interface ImprovementLogQuery {
  /** The day (or instant) the log is read on: revisit dates and the last period are relative to it. */
  readonly now: string;
  /** The length of the periods over time; `quarter` unless asked. */
  readonly period?: LogPeriod;
  readonly status?: ImprovementStatus;
}

const frequencyOf: Readonly<Record<LogPeriod, Frequency>> = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };

const decisionRowOf = (d: ImprovementDecisionRecord, today: string): ImprovementDecisionRow => {
  const decision =
    d.decision === undefined ? undefined : { reviewId: d.decision.reviewId, decisionId: d.decision.decisionId };
  switch (d.outcome) {
    case 'adopt':
      return {
        ...d,
        decision: { reviewId: d.decision.reviewId, decisionId: d.decision.decisionId },
        actionIds: d.actionIds.slice(),
      };
    case 'defer':
      return {
        ...d,
        decision,
        revisitDue: d.revisitOn <= today,
        daysToRevisit: daysBetween(today, d.revisitOn),
      };
    case 'reject':
      return { ...d, decision };
  }
};

const rowOf = (r: ImprovementRecord, today: string): ImprovementRow => ({
  opportunityId: r.opportunityId,
  source: r.source,
  sourceReference: r.sourceReference,
  description: r.description,
  expectedBenefit: r.expectedBenefit,
  status: r.status,
  loggedOn: r.loggedOn,
  evaluation: r.evaluation === undefined ? undefined : { ...r.evaluation },
  decision: r.decision === undefined ? undefined : decisionRowOf(r.decision, today),
  adoptedOn: r.adoptedOn,
  realisation: r.realisation === undefined ? undefined : { ...r.realisation, evidence: r.realisation.evidence.slice() },
  closedOn: r.closedOn,
  closedAs: r.closedAs,
  closeReason: r.closeReason,
});

/** The counts per period, from the period of the first day counted to the one of `today` (or the last day counted). */
const overTime = (
  records: readonly ImprovementRecord[],
  frequency: Frequency,
  today: string,
): ImprovementPeriodRow[] => {
  const counts = new Map<string, { logged: number; adopted: number; realised: number }>();
  const count = (day: string | undefined, what: 'logged' | 'adopted' | 'realised') => {
    if (day === undefined) return;
    const period = periodOf(frequency, day);
    const c = counts.get(period) ?? { logged: 0, adopted: 0, realised: 0 };
    c[what] += 1;
    counts.set(period, c);
  };
  let first: string | undefined;
  let last = today;
  for (const r of records) {
    count(r.loggedOn, 'logged');
    count(r.adoptedOn, 'adopted');
    count(r.realisation?.realisedOn, 'realised');
    if (first === undefined || r.loggedOn < first) first = r.loggedOn;
    if (r.lastActivityOn > last) last = r.lastActivityOn;
  }
  if (first === undefined) return [];
  const rows: ImprovementPeriodRow[] = [];
  const lastPeriod = periodOf(frequency, last);
  for (let period = periodOf(frequency, first); ; ) {
    const bounds = periodBounds(period);
    if (bounds === undefined) break;
    const c = counts.get(period);
    rows.push({
      period,
      from: bounds.from,
      to: bounds.to,
      logged: c?.logged ?? 0,
      adopted: c?.adopted ?? 0,
      realised: c?.realised ?? 0,
    });
    if (period >= lastPeriod) break;
    period = periodOf(frequency, addDays(bounds.to, 1));
  }
  return rows;
};

/**
 * The continual-improvement log on the day `now`: each opportunity in order of the day logged
 * (then id), and the opportunities logged, adopted and realised per period. The periods count
 * every opportunity, whatever `status` filters the rows.
 */
export const improvementLog = (state: ViewsState, query: ImprovementLogQuery): ImprovementLog => {
  const today = dayOfNow(query.now);
  const records = [...state.improvements.values()];
  const opportunities = records
    .filter((r) => query.status === undefined || r.status === query.status)
    .map((r) => rowOf(r, today))
    .sort((x, y) =>
      x.loggedOn === y.loggedOn ? compareText(x.opportunityId, y.opportunityId) : compareText(x.loggedOn, y.loggedOn),
    );
  return { opportunities, periods: overTime(records, frequencyOf[query.period ?? 'quarter'], today) };
};
