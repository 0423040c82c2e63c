import { computeKpis, type KpiId, type KpiReport } from '@mgmt-review/kpis';
import type { DayRange, PartContext, SourcePart, TrendSeries } from './part.js';

const reports = new WeakMap<PartContext, Map<string, KpiReport>>();

/** The quarterly KPI report of a range, computed once per pack (every KPI source reads the same two ranges). */
const reportOf = (context: PartContext, range: DayRange): KpiReport => {
  let byRange = reports.get(context);
  if (byRange === undefined) {
    byRange = new Map();
    reports.set(context, byRange);
  }
  const key = `${range.from}/${range.to}`;
  let report = byRange.get(key);
  if (report === undefined) {
    report = computeKpis(context.history.kpis, { ...range, period: 'quarter', now: context.day });
    byRange.set(key, report);
  }
  return report;
};

const seriesOf = (context: PartContext, kpis: readonly KpiId[], range: DayRange): TrendSeries => {
  const report = reportOf(context, range);
  return {
    from: range.from,
    to: range.to,
    periods: report.rows.map((row) => ({
      period: row.period,
      values: Object.fromEntries(kpis.map((kpi) => [kpi, row.values[kpi].value])),
    })),
  };
};

/**
 * A source's trend: the given KPIs quarter by quarter over the period the review covers and over
 * the period of the same length before it, each measured up to the pack's day at most.
 */
export const kpiTrend = (context: PartContext, kpis: readonly KpiId[]): SourcePart['trend'] => ({
  period: seriesOf(context, kpis, context.period),
  previousPeriod: seriesOf(context, kpis, context.previousPeriod),
});

/** A trend for a source with nothing to measure: the two ranges, with no period measured. */
export const noTrend = (context: PartContext): SourcePart['trend'] => ({
  period: { ...context.period, periods: [] },
  previousPeriod: { ...context.previousPeriod, periods: [] },
});

/** Counts over a whole range, as one period of a trend. */
const countsOver = (
  range: DayRange,
  measures: (range: DayRange) => { readonly [measure: string]: number | null },
): TrendSeries => ({ ...range, periods: [{ period: `${range.from}/${range.to}`, values: measures(range) }] });

/**
 * A source's trend from its own register: the same counts taken over the period the review covers
 * and over the period of the same length before it.
 */
export const countTrend = (
  context: PartContext,
  measures: (range: DayRange) => { readonly [measure: string]: number | null },
): SourcePart['trend'] => ({
  period: countsOver(context.period, measures),
  previousPeriod: countsOver(context.previousPeriod, measures),
});

/** Whether a day falls within a range (both ends included); never for no day. */
export const within = (day: string | undefined, range: DayRange): boolean =>
  day !== undefined && day >= range.from && day <= range.to;
