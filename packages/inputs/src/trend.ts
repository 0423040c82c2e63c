import { computeKpis, type KpiId } from '@mgmt-review/kpis';
import type { DayRange, PartContext, SourcePart, TrendSeries } from './part.js';

const seriesOf = (context: PartContext, kpis: readonly KpiId[], range: DayRange): TrendSeries => {
  const report = computeKpis(context.history.kpis, { ...range, period: 'quarter', now: context.day });
  return {
    from: range.from,
    to: range.to,
    quarters: report.rows.map((row) => ({
      quarter: row.period,
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

/** A trend for a source with no KPI series: the two ranges, with no quarter measured. */
export const noTrend = (context: PartContext): SourcePart['trend'] => ({
  period: { ...context.period, quarters: [] },
  previousPeriod: { ...context.previousPeriod, quarters: [] },
});
