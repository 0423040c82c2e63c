import { dayOf } from '@mgmt-review/core';
import { type KpiDefinition, type KpiDirection, type KpiId, kpiDefinitions } from './definitions.js';
import { actionMeasures } from './measures/actions.js';
import type { Measured, Measures, Span } from './measures/measured.js';
import { nonConformityMeasures } from './measures/nonConformities.js';
import { type ReviewCoverage, reviewMeasures } from './measures/reviews.js';
import { riskMeasures } from './measures/risks.js';
import { type Period, type PeriodKind, periodsBetween, previousPeriod } from './periods.js';
import type { KpiState } from './state.js';

/** How a KPI moved against the previous period, read with its direction. */
export type KpiTrend = 'better' | 'worse' | 'unchanged' | 'not-comparable';

/** One KPI in one period. */
export interface KpiCell {
  readonly value: number | null;
  /** The value of the period before. */
  readonly previous: number | null;
  /** `value - previous`, or null when either is null. */
  readonly change: number | null;
  readonly trend: KpiTrend;
  readonly breakdown?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** The KPIs of one period. */
export interface KpiPeriodRow {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  /** The period ends after `now`: its "at period end" values are as of `now`. */
  readonly partial: boolean;
  readonly values: Readonly<Record<KpiId, KpiCell>>;
  /** The reviews held in the period, with their agenda coverage. */
  readonly reviewCoverage: readonly ReviewCoverage[];
}

export interface KpiReport {
  readonly period: PeriodKind;
  readonly from: string;
  readonly to: string;
  readonly definitions: readonly KpiDefinition[];
  readonly rows: readonly KpiPeriodRow[];
}

export interface KpiQuery {
  /** The first and last days (or instants) of the range; every period they touch is reported. */
  readonly from: string;
  readonly to: string;
  readonly period: PeriodKind;
  /**
   * The day the KPIs are computed on. A period ending after it is measured up to it ("at period
   * end" means at `now`) and marked `partial`. Default: no cap.
   */
  readonly now?: string;
}

const isDay = (value: string) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

const check = (query: KpiQuery): void => {
  for (const field of ['from', 'to'] as const) {
    if (!isDay(query[field])) {
      throw new RangeError(
        `${field}: expected an ISO-8601 day such as 2026-03-31, got ${JSON.stringify(query[field])}`,
      );
    }
  }
  if (query.now !== undefined && !isDay(query.now)) {
    throw new RangeError(`now: expected an ISO-8601 day such as 2026-03-31, got ${JSON.stringify(query.now)}`);
  }
  if (query.period !== 'month' && query.period !== 'quarter') {
    throw new RangeError(`period: expected "month" or "quarter", got ${JSON.stringify(query.period)}`);
  }
  if (dayOf(query.to) < dayOf(query.from)) throw new RangeError('to: the range ends before it starts');
};

const trendOf = (direction: KpiDirection, change: number | null): KpiTrend =>
  change === null
    ? 'not-comparable'
    : change === 0
      ? 'unchanged'
      : change > 0 === (direction === 'higher-is-better')
        ? 'better'
        : 'worse';

const measure = (state: KpiState, span: Span) => {
  const reviews = reviewMeasures(state, span);
  const measures: Measures = {
    ...reviews.measures,
    ...actionMeasures(state, span),
    ...nonConformityMeasures(state, span),
    ...riskMeasures(state, span),
  };
  return { measures, coverage: reviews.coverage };
};

const spanOf = (period: Period, now: string | undefined): Span => ({
  start: period.start,
  end: now !== undefined && now < period.end ? now : period.end,
});

/**
 * The KPIs per period (month or quarter) over a range, each with its change against the period
 * before (the first period is compared with the one before the range) and whether that change is
 * better or worse given the KPI's direction.
 */
export const computeKpis = (state: KpiState, query: KpiQuery): KpiReport => {
  check(query);
  const now = query.now === undefined ? undefined : dayOf(query.now);
  const periods = periodsBetween(query.period, dayOf(query.from), dayOf(query.to));
  let previous: Measures = measure(state, spanOf(previousPeriod(query.period, periods[0]!), now)).measures;
  const rows: KpiPeriodRow[] = [];
  for (const period of periods) {
    const { measures, coverage } = measure(state, spanOf(period, now));
    const values = {} as Record<KpiId, KpiCell>;
    for (const definition of kpiDefinitions) {
      const current: Measured = measures[definition.id] ?? { value: null };
      const before = previous[definition.id]?.value ?? null;
      const change = current.value === null || before === null ? null : Math.round((current.value - before) * 10) / 10;
      values[definition.id] = {
        value: current.value,
        previous: before,
        change,
        trend: trendOf(definition.direction, change),
        ...(current.breakdown === undefined ? {} : { breakdown: current.breakdown }),
      };
    }
    rows.push({
      period: period.label,
      start: period.start,
      end: period.end,
      partial: now !== undefined && now < period.end,
      values,
      reviewCoverage: coverage,
    });
    previous = measures;
  }
  return {
    period: query.period,
    from: dayOf(query.from),
    to: dayOf(query.to),
    definitions: kpiDefinitions,
    rows,
  };
};
