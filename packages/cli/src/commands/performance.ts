import type { AuditKind, Direction, ObjectiveStatus } from '@mgmt-review/core';
import {
  type AuditRow,
  auditProgramme,
  type FindingsByKind,
  type IndicatorSeries,
  indicatorSeries,
  type ObjectiveRow,
  objectiveRegister,
} from '@mgmt-review/views';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { dayOf } from '../moment.js';
import { renderTable } from '../table.js';
import { print, viewsAsOf } from './registers.js';

/** The moment a read command answers for: `--as-of`, and with `--effective` the business time. */
interface MomentOptions {
  readonly asOf?: string;
  readonly effective?: boolean;
}

/** The statuses `objectives --status` takes: where an objective that was set can stand. */
export const objectiveStatuses = [
  'set',
  'achieved',
  'missed',
  'withdrawn',
] as const satisfies readonly ObjectiveStatus[];

export interface ObjectiveOptions extends MomentOptions {
  readonly status?: readonly ObjectiveStatus[];
  readonly owner?: string;
}

export interface IndicatorOptions extends MomentOptions {
  readonly from?: string;
  readonly to?: string;
  /** How many of the last values the trend is taken over. */
  readonly periods?: string;
}

export interface AuditOptions extends MomentOptions {
  readonly programme?: string;
  readonly kind?: AuditKind;
  readonly year?: string;
}

/** Prints rows as `print` does, the table with `head` and one line of `cellsOf` each. */
const printRows = <R extends object>(
  context: CliContext,
  rows: readonly R[],
  head: readonly string[],
  cellsOf: (row: R) => readonly (string | number)[],
  empty: string,
): number => print(context, rows, () => renderTable(head, rows.map(cellsOf)), empty);

const short = (text: string, width = 40): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/** `≤ 3` when lower is better, `≥ 95` when higher is. */
const targetText = (direction: Direction, value: number): string =>
  `${direction === 'lowerIsBetter' ? '≤' : '≥'} ${value}`;

const dueText = (r: ObjectiveRow): string => {
  if (r.status !== 'set') return r.dueDate;
  return r.overdue ? `${r.dueDate} OVERDUE ${r.daysOverdue} d` : `${r.dueDate} (in ${r.daysToDue} d)`;
};

const endText = (r: ObjectiveRow): string => r.achievedOn ?? r.missedOn ?? r.withdrawnOn ?? '';

/** The objective register: status, target, latest measurement against it, progress, due date. */
export const runObjectives = async (context: CliContext, options: ObjectiveOptions): Promise<number> => {
  const { state, now } = await viewsAsOf(context, options);
  const rows = objectiveRegister(state, {
    now,
    ...(options.status === undefined ? {} : { status: options.status }),
    ...(options.owner === undefined ? {} : { ownerId: options.owner }),
  });
  return printRows(
    context,
    rows,
    ['objective', 'statement', 'owner', 'status', 'target', 'latest', 'progress', 'due', 'revisions'],
    (r) => [
      r.objectiveId,
      short(r.statement),
      r.ownerId,
      `${r.status} ${endText(r)}`.trim(),
      r.target === undefined ? 'criteria' : `${targetText(r.target.direction, r.target.value)} ${r.target.indicatorId}`,
      r.latestMeasurement === undefined
        ? '-'
        : `${r.latestMeasurement.period}: ${r.latestMeasurement.value} ${r.latestMeasurement.meetsTarget ? 'met' : 'not met'}`,
      r.progress === undefined ? '-' : `${r.progress.progress} ${r.progress.evaluatedOn}`,
      dueText(r),
      r.revisions,
    ],
    'No objectives match.',
  );
};

const seriesHeader = (s: IndicatorSeries): string =>
  [
    `${s.indicatorId} — ${s.name} (${s.status})`,
    `${s.subject.kind} ${s.subject.name}${s.annexAControl === undefined ? '' : `, ${s.annexAControl}`}; ${s.frequency}, in ${s.unit}, ${s.direction === 'lowerIsBetter' ? 'lower' : 'higher'} is better`,
    `target ${targetText(s.direction, s.target)}, breach beyond ${s.threshold}; measured by ${s.measuredBy}, analysed by ${s.analysedBy}`,
  ].join('\n');

/** One indicator's series as a table of its periods, with the one-line trend under it. */
const seriesTable = (s: IndicatorSeries): string => {
  const table = renderTable(
    ['period', 'value', 'target', 'breach', 'corrected', 'source', 'analysis'],
    s.values.map((v) => [
      v.period,
      v.value,
      v.meetsTarget ? 'met' : 'not met',
      v.breach ? 'BREACH' : '-',
      v.corrections.length === 0
        ? '-'
        : v.corrections.map((c) => `was ${c.previousValue}: ${short(c.reason, 30)}`).join('; '),
      short(v.sourceReference, 30),
      v.analysis === undefined ? '-' : short(v.analysis.breachExplanation ?? v.analysis.conclusion, 30),
    ]),
  );
  const unmeasured = s.unmeasuredPeriods.length === 0 ? '' : `\nnot measured: ${s.unmeasuredPeriods.join(', ')}`;
  return `${seriesHeader(s)}\n${s.values.length === 0 ? 'No measurements.' : table}\ntrend: ${s.textTrend}${unmeasured}`;
};

const periodsOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2)
    throw new UsageError(`--periods ${text}: expected a whole number of periods, 2 or more`);
  return n;
};

/**
 * The indicators: with an id, that indicator's series as a table of its periods and its one-line
 * trend; without, one row per indicator with its latest value, trend line and breaches.
 */
export const runIndicators = async (
  context: CliContext,
  indicatorId: string | undefined,
  options: IndicatorOptions,
): Promise<number> => {
  const trendPeriods = periodsOf(options.periods);
  const { state, now } = await viewsAsOf(context, options);
  const all = indicatorSeries(state, {
    now,
    ...(indicatorId === undefined ? {} : { indicatorId }),
    ...(options.from === undefined ? {} : { from: dayOf(options.from, '--from') }),
    ...(options.to === undefined ? {} : { to: dayOf(options.to, '--to') }),
    ...(trendPeriods === undefined ? {} : { trendPeriods }),
  });
  if (indicatorId !== undefined) {
    const [one] = all;
    if (one === undefined) throw new UsageError(`no indicator ${indicatorId} (run \`indicators\` to list them)`);
    context.io.out(context.json ? toJson(one, 2) : seriesTable(one));
    return ExitCode.ok;
  }
  return printRows(
    context,
    all,
    ['indicator', 'name', 'unit', 'latest', 'target', 'breaches', 'trend'],
    (s) => [
      s.indicatorId,
      short(s.name, 32),
      s.unit,
      s.latest === undefined ? '-' : `${s.latest.period}: ${s.latest.value}`,
      targetText(s.direction, s.target),
      s.breaches,
      s.textTrend,
    ],
    'No indicators.',
  );
};

const findingsText = (f: FindingsByKind): string =>
  `C ${f.conformity} · NC ${f.nonconformity} · O ${f.observation} · OFI ${f.opportunity}`;

const performedText = (a: AuditRow): string => {
  if (a.performance === 'inWindow') return 'in window';
  if (a.performance === 'late') return 'late';
  return a.overdue ? `OVERDUE ${a.daysOverdue} d` : '-';
};

/** The audit programme: each audit, its findings by kind and NCs, planned against performed per year, overdue audits. */
export const runAudits = async (context: CliContext, options: AuditOptions): Promise<number> => {
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) {
    throw new UsageError(`--year ${options.year}: expected a year such as 2026`);
  }
  const { state, now } = await viewsAsOf(context, options);
  const programme = auditProgramme(state, {
    now,
    ...(options.programme === undefined ? {} : { programmeId: options.programme }),
    ...(options.kind === undefined ? {} : { kind: options.kind }),
    ...(options.year === undefined ? {} : { year: options.year }),
  });
  if (context.json) {
    context.io.out(toJson(programme, 2));
    return ExitCode.ok;
  }
  if (programme.audits.length === 0) {
    context.io.out('No audits match.');
    return ExitCode.ok;
  }
  const audits = renderTable(
    ['audit', 'kind', 'programme', 'window', 'lead', 'status', 'performed', 'findings', 'NCs'],
    programme.audits.map((a) => [
      a.auditId,
      a.kind,
      a.programmeId,
      `${a.window.from}…${a.window.to}`,
      a.leadAuditorId,
      a.status,
      performedText(a),
      findingsText(a.findingsByKind),
      a.nonConformityIds.length === 0 ? '-' : a.nonConformityIds.join(', '),
    ]),
  );
  const years = renderTable(
    ['year', 'planned', 'performed', 'in window', 'late', 'cancelled', 'not yet', 'overdue'],
    programme.years.map((y) => [
      y.year,
      y.planned,
      y.performed,
      y.performedInWindow,
      y.performedLate,
      y.cancelled,
      y.notYetPerformed,
      y.overdue,
    ]),
  );
  context.io.out(
    `${audits}\n${years}\nfindings: ${findingsText(programme.findingsByKind)} (conformity, nonconformity, observation, opportunity for improvement)`,
  );
  return ExitCode.ok;
};
