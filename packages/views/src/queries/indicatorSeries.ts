import {
  addDays,
  type Direction,
  dayOf,
  type Frequency,
  type IndicatorStatus,
  periodBounds,
  periodOf,
} from '@mgmt-review/core';
import type { CorrectionRecord, IndicatorRecord, PeriodRecord } from '../performanceRecords.js';
import type { ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';
import { textTrend } from './textTrend.js';
import { defaultTrendPeriods, type Trend, trendOf } from './trend.js';

/** A value of a period that a correction superseded: shown, never counted (a copy of its record). */
export type CorrectionRow = CorrectionRecord;

/** One period of an indicator's series. */
export interface PeriodValueRow {
  readonly period: string;
  /** The period's first and last days. */
  readonly from: string;
  readonly to: string;
  /** The value in force: the latest correction's, else the value recorded. Counted once. */
  readonly value: number;
  readonly sourceReference: string;
  /** Who recorded the period's value first. */
  readonly measuredBy: string;
  readonly recordedOn: string;
  readonly meetsTarget: boolean;
  /** The value is beyond the threshold (below it when higher is better, above it when lower is). */
  readonly breach: boolean;
  /** The values superseded, oldest first, with the reason of each correction. */
  readonly corrections: readonly CorrectionRow[];
  /** 9.1 f: the analysis of the period's value in force, if any (a correction makes it lapse). */
  readonly analysis:
    | {
        readonly conclusion: string;
        readonly breachExplanation: string | undefined;
        readonly analysedBy: string;
        readonly analysedOn: string;
      }
    | undefined;
}

/** One indicator (9.1): its definition and its values by period, with the trend and the breaches. */
export interface IndicatorSeries {
  readonly indicatorId: string;
  readonly status: IndicatorStatus;
  readonly name: string;
  /** 9.1 a: what is measured, a process or a control. */
  readonly subject: { readonly kind: 'process' | 'control'; readonly name: string };
  readonly annexAControl: string | undefined;
  /** 9.1 b. */
  readonly method: string;
  readonly unit: string;
  readonly direction: Direction;
  /** 9.1 c: its periods follow from it. */
  readonly frequency: Frequency;
  /** 9.1 d, f: who measures and who analyses. */
  readonly measuredBy: string;
  readonly analysedBy: string;
  readonly target: number;
  readonly threshold: number;
  readonly definedOn: string;
  readonly retiredOn: string | undefined;
  readonly retireReason: string | undefined;
  /** The periods measured in the range asked about, in period order. */
  readonly values: readonly PeriodValueRow[];
  /** The latest period measured in the range. */
  readonly latest: PeriodValueRow | undefined;
  /** How many of those values breach the threshold. */
  readonly breaches: number;
  /** Periods in the range that ended before the day asked about, since the indicator was defined (and before it was retired), with no value. */
  readonly unmeasuredPeriods: readonly string[];
  /** The trend of the last values in the range. */
  readonly trend: Trend;
  /** The series in one line: sparkline, trend and breaches (`textTrend`). */
  readonly textTrend: string;
}

export interface IndicatorSeriesQuery {
  /** One indicator; every indicator when left out. */
  readonly indicatorId?: string;
  /** The day (or instant) the series is read on: periods not over by then are not yet due. */
  readonly now: string;
  /** The first day of the range (or an instant): periods ending before it are left out. */
  readonly from?: string;
  /** The last day of the range (or an instant), `now` when left out: periods beginning after it are left out. */
  readonly to?: string;
  /** How many of the last values the trend is taken over (six unless asked). */
  readonly trendPeriods?: number;
}

/** The latest period an indicator has a value for (periods of one frequency sort as text). */
export const latestPeriodOf = (indicator: IndicatorRecord): PeriodRecord | undefined => {
  let latest: PeriodRecord | undefined;
  for (const p of indicator.periods.values()) if (latest === undefined || p.period > latest.period) latest = p;
  return latest;
};

const periodValueRow = (p: PeriodRecord, bounds: { from: string; to: string }): PeriodValueRow => ({
  period: p.period,
  from: bounds.from,
  to: bounds.to,
  value: p.value,
  sourceReference: p.sourceReference,
  measuredBy: p.measuredBy,
  recordedOn: p.recordedOn,
  meetsTarget: p.meetsTarget,
  breach: p.breach,
  corrections: p.corrections.map((c) => ({
    previousValue: c.previousValue,
    value: c.value,
    reason: c.reason,
    sourceReference: c.sourceReference,
    correctedBy: c.correctedBy,
    correctedOn: c.correctedOn,
  })),
  analysis:
    p.analysis === undefined
      ? undefined
      : {
          conclusion: p.analysis.conclusion,
          breachExplanation: p.analysis.breachExplanation,
          analysedBy: p.analysis.analysedBy,
          analysedOn: p.analysis.analysedOn,
        },
});

/**
 * The periods of the indicator, from the one it was defined in (or the range's first), that were
 * over before `today`, inside the range and not after its retirement, and have no value.
 */
const unmeasuredPeriodsOf = (i: IndicatorRecord, from: string, to: string, today: string): string[] => {
  const unmeasured: string[] = [];
  let period = periodOf(i.frequency, i.definedOn > from ? i.definedOn : from);
  for (;;) {
    const bounds = periodBounds(period);
    if (bounds === undefined || bounds.to >= today || bounds.from > to) return unmeasured;
    if (i.retiredOn !== undefined && bounds.from > i.retiredOn) return unmeasured;
    if (!i.periods.has(period)) unmeasured.push(period);
    period = periodOf(i.frequency, addDays(bounds.to, 1));
  }
};

/** One indicator record as a read-only series of the range `from`–`to`, on `today`. */
export const indicatorSeriesOf = (
  i: IndicatorRecord,
  range: { readonly from: string; readonly to: string; readonly today: string; readonly trendPeriods: number },
): IndicatorSeries => {
  const values: PeriodValueRow[] = [];
  for (const p of i.periods.values()) {
    const bounds = periodBounds(p.period);
    if (bounds === undefined || bounds.to < range.from || bounds.from > range.to) continue;
    values.push(periodValueRow(p, bounds));
  }
  values.sort((x, y) => compareText(x.period, y.period));
  let breaches = 0;
  for (const v of values) if (v.breach) breaches += 1;
  const trend = trendOf(
    values.map((v) => v.value),
    i.direction,
    range.trendPeriods,
  );
  return {
    indicatorId: i.indicatorId,
    status: i.status,
    name: i.name,
    subject: { kind: i.subject.kind, name: i.subject.name },
    annexAControl: i.annexAControl,
    method: i.method,
    unit: i.unit,
    direction: i.direction,
    frequency: i.frequency,
    measuredBy: i.measuredById,
    analysedBy: i.analysedById,
    target: i.target,
    threshold: i.threshold,
    definedOn: i.definedOn,
    retiredOn: i.retiredOn,
    retireReason: i.retireReason,
    values,
    latest: values.at(-1),
    breaches,
    unmeasuredPeriods: unmeasuredPeriodsOf(i, range.from, range.to, range.today),
    trend,
    textTrend: textTrend({ values, trend, breaches }),
  };
};

/**
 * The indicators' series (9.1, input 9.3.2 d2) on the day `now`, by indicator id: each period's
 * value in force, its corrections and analysis, the breaches, the trend of the last values, and the
 * series in one line of text.
 */
export const indicatorSeries = (state: ViewsState, query: IndicatorSeriesQuery): readonly IndicatorSeries[] => {
  const today = dayOfNow(query.now);
  const range = {
    from: query.from === undefined ? '0000-01-01' : dayOf(query.from),
    to: query.to === undefined ? today : dayOf(query.to),
    today,
    trendPeriods: query.trendPeriods ?? defaultTrendPeriods,
  };
  const series: IndicatorSeries[] = [];
  for (const i of state.indicators.values()) {
    if (query.indicatorId !== undefined && i.indicatorId !== query.indicatorId) continue;
    series.push(indicatorSeriesOf(i, range));
  }
  return series.sort((x, y) => compareText(x.indicatorId, y.indicatorId));
};
