import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay, systemClock } from '@mgmt-review/eventsourcing';
import type { IndicatorSeries } from '@mgmt-review/kpis';
import { computeKpis, type KpiCell, type KpiReport, kpiProjection } from '@mgmt-review/kpis';
import type { CliContext } from '../context.js';
import { ExitCode, UsageError } from '../exitCodes.js';
import { toJson } from '../io.js';
import { dayOf, momentOf } from '../moment.js';
import { renderTable } from '../table.js';

export interface KpiOptions {
  readonly from?: string;
  readonly to?: string;
  readonly period: string;
  readonly asOf?: string;
  readonly effective?: boolean;
  /** Also print each indicator as its own series over the same periods. */
  readonly indicators?: boolean;
}

const arrow: Record<KpiCell['trend'], string> = { better: '↑', worse: '↓', unchanged: '=', 'not-comparable': '' };

const cellText = (cell: KpiCell | undefined, unit: string): string => {
  if (cell === undefined || cell.value === null) return '-';
  const value =
    unit === 'percent'
      ? `${Math.round(cell.value)}%`
      : Number.isInteger(cell.value)
        ? String(cell.value)
        : cell.value.toFixed(1);
  return `${value} ${arrow[cell.trend]}`.trim();
};

/** The KPI table for people: one row per KPI, one column per period, each value with ↑ (better) or ↓ (worse). */
export const formatKpis = (report: KpiReport, lastPeriods = 8): string => {
  const rows = report.rows.slice(-lastPeriods);
  const table = renderTable(
    ['KPI', ...rows.map((r) => `${r.period}${r.partial ? '*' : ''}`)],
    report.definitions.map((d) => [
      `${d.title} (${d.direction === 'higher-is-better' ? 'higher' : 'lower'} is better)`,
      ...rows.map((r) => cellText(r.values[d.id], d.unit)),
    ]),
  );
  return `${table}\n↑ better than the period before, ↓ worse, = unchanged${rows.some((r) => r.partial) ? '; * period not over yet' : ''}`;
};

/**
 * The indicator series for people: one row per indicator, one column per period, each value (the
 * mean of its indicator periods in the column) with ↑ or ↓ read with its direction, and `!` when a
 * measurement in the period breaches the threshold.
 */
export const formatIndicatorSeries = (series: readonly IndicatorSeries[], lastPeriods = 8): string => {
  if (series.length === 0) return 'No indicators.';
  const periods = series[0]!.rows.slice(-lastPeriods);
  const table = renderTable(
    ['Indicator', ...periods.map((r) => `${r.period}${r.partial ? '*' : ''}`)],
    series.map((s) => [
      `${s.name} (${s.unit}; target ${s.target}, threshold ${s.threshold}; ${s.direction === 'higher-is-better' ? 'higher' : 'lower'} is better)`,
      ...s.rows.slice(-lastPeriods).map((r) => `${cellText(r, s.unit)}${r.breaches > 0 ? ' !' : ''}`),
    ]),
  );
  return `${table}
mean of the indicator's periods ending in each column; ! a value beyond the threshold`;
};

/** Computes the KPI report over a range, as of a moment. */
export const kpiReportOf = async (context: CliContext, options: KpiOptions): Promise<KpiReport> => {
  if (options.period !== 'month' && options.period !== 'quarter') {
    throw new UsageError(`--period ${options.period}: expected month or quarter`);
  }
  const { asOf, now } = momentOf(options, systemClock);
  const to = options.to === undefined ? now.slice(0, 10) : dayOf(options.to, '--to');
  const from =
    options.from === undefined ? `${Number(to.slice(0, 4)) - 2}${to.slice(4)}` : dayOf(options.from, '--from');
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const state = await replay(
    context.store().forTenant(context.tenant),
    domainRegistry as EventRegistry<ManagementReviewEvent>,
    kpiProjection,
    { asOf },
  );
  return computeKpis(state, { from, to, period: options.period, now: now.slice(0, 10) });
};

/** The trend table of management review input d). */
export const runKpis = async (context: CliContext, options: KpiOptions): Promise<number> => {
  const report = await kpiReportOf(context, options);
  context.io.out(context.json ? toJson(report, 2) : formatKpis(report));
  if (options.indicators === true && !context.json) context.io.out(formatIndicatorSeries(report.indicators));
  return ExitCode.ok;
};
