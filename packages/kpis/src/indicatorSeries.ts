import { type Direction, type Frequency, type IndicatorStatus, meetsTarget } from '@mgmt-review/core';
import type { KpiDirection } from './definitions.js';
import { statusAt } from './measures/dated.js';
import { valueInForce } from './measures/indicators.js';
import { meanOf, type Span, within } from './measures/measured.js';
import type { Period } from './periods.js';
import { isPartial, type KpiQuery, periodsOfQuery, spanOf } from './query.js';
import type { KpiIndicatorRecord, KpiState } from './state.js';
import { changeOf, type KpiTrend, trendOf } from './trend.js';

/** One indicator period's value in force, as counted in a KPI period. */
export interface IndicatorPeriodValue {
  /** The indicator's own period: `2026-03`, `2026-Q1`… */
  readonly period: string;
  readonly value: number;
  /** Whether the value breaches the threshold, as the indicator's decider recorded it. */
  readonly breach: boolean;
  /** Whether the value is a correction that superseded the one first recorded. */
  readonly corrected: boolean;
}

/** One indicator in one KPI period. */
export interface IndicatorSeriesRow {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  /** The period ends after `now`: only the indicator periods ended by `now` are in it. */
  readonly partial: boolean;
  /**
   * The mean of the values in force of the indicator periods ending in the KPI period, rounded to
   * one decimal, in the indicator's unit; `null` when none ends in it.
   */
  readonly value: number | null;
  /** The value in force of the latest indicator period ending in the KPI period. */
  readonly last: number | null;
  /** The value of the KPI period before. */
  readonly previous: number | null;
  readonly change: number | null;
  readonly trend: KpiTrend;
  /** Whether `value` meets the indicator's target (core's `meetsTarget`); `null` without a value. */
  readonly meetsTarget: boolean | null;
  /** How many of the indicator periods breach the threshold: what the period adds to `indicatorBreaches`. */
  readonly breaches: number;
  /** The indicator periods ending in the KPI period, in order, each with its value in force. */
  readonly measurements: readonly IndicatorPeriodValue[];
}

/** One indicator as a series over the KPI periods, with what a chart needs to read it. */
export interface IndicatorSeries {
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: string;
  /** Read like a KPI's: `higher-is-better` or `lower-is-better`. */
  readonly direction: KpiDirection;
  readonly frequency: Frequency;
  readonly target: number;
  readonly threshold: number;
  /** Where the indicator stands at the end of the range (or at `now`), by its life cycle. */
  readonly status: IndicatorStatus;
  readonly rows: readonly IndicatorSeriesRow[];
}

const directions: Readonly<Record<Direction, KpiDirection>> = {
  higherIsBetter: 'higher-is-better',
  lowerIsBetter: 'lower-is-better',
};

/** The indicator periods ending in the span, in order, each with its value in force. */
const valuesIn = (indicator: KpiIndicatorRecord, span: Span): IndicatorPeriodValue[] => {
  const values: IndicatorPeriodValue[] = [];
  for (const [period, m] of indicator.measurements) {
    if (!within(m.end, span)) continue;
    const inForce = valueInForce(m, span.now);
    if (inForce === undefined) continue;
    values.push({ period, value: inForce.value, breach: inForce.breach, corrected: inForce !== m.values[0] });
  }
  return values.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
};

const meanIn = (indicator: KpiIndicatorRecord, period: Period, now: string | undefined): number | null =>
  meanOf(valuesIn(indicator, spanOf(period, now)).map((v) => v.value));

const seriesOf = (
  indicatorId: string,
  indicator: KpiIndicatorRecord,
  periods: readonly Period[],
  before: Period,
  now: string | undefined,
): IndicatorSeries => {
  const direction = directions[indicator.direction];
  let previous = meanIn(indicator, before, now);
  const rows: IndicatorSeriesRow[] = [];
  for (const period of periods) {
    const measurements = valuesIn(indicator, spanOf(period, now));
    const value = meanOf(measurements.map((m) => m.value));
    const change = changeOf(value, previous);
    rows.push({
      period: period.label,
      start: period.start,
      end: period.end,
      partial: isPartial(period, now),
      value,
      last: measurements.at(-1)?.value ?? null,
      previous,
      change,
      trend: trendOf(direction, change),
      meetsTarget: value === null ? null : meetsTarget(indicator.direction, indicator.target, value),
      breaches: measurements.filter((m) => m.breach).length,
      measurements,
    });
    previous = value;
  }
  const lastDay = spanOf(periods[periods.length - 1]!, now).end;
  return {
    indicatorId,
    name: indicator.name,
    unit: indicator.unit,
    direction,
    frequency: indicator.frequency,
    target: indicator.target,
    threshold: indicator.threshold,
    status: statusAt(indicator.statuses, lastDay) ?? 'none',
    rows,
  };
};

/**
 * Each indicator as its own series over the KPI periods of a query (the same periods, `now` and
 * checks as `computeKpis`), in the order of their ids. A KPI period holds the indicator periods
 * that end in it — a monthly indicator's three months in a quarter, a quarterly indicator's
 * quarter in its last month — each with its value in force: the latest correction, as recorded up
 * to `now`, so a corrected measurement is counted once. The period's value is their mean, in the
 * indicator's unit, for every indicator whatever its direction: a monthly count averaged over a
 * quarter is still a count per month, comparable with the indicator's monthly target and
 * threshold; `last` gives the latest of them for indicators read as a level.
 */
export const indicatorKpiSeries = (state: KpiState, query: KpiQuery): IndicatorSeries[] => {
  const { now, periods, before } = periodsOfQuery(query);
  const ids = [...state.indicators.keys()].sort();
  return ids.map((id) => seriesOf(id, state.indicators.get(id)!, periods, before, now));
};
