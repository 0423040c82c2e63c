import { dayOf } from '@mgmt-review/core';
import { type KpiDefinition, type KpiId, kpiDefinitions } from './definitions.js';
import { type IndicatorSeries, indicatorKpiSeries } from './indicatorSeries.js';
import { actionMeasures } from './measures/actions.js';
import { auditMeasures } from './measures/audits.js';
import { consultationMeasures } from './measures/consultations.js';
import { improvementMeasures } from './measures/improvements.js';
import { indicatorMeasures } from './measures/indicators.js';
import type { Measured, Measures, Span } from './measures/measured.js';
import { nonConformityMeasures } from './measures/nonConformities.js';
import { objectiveMeasures } from './measures/objectives.js';
import { type ReviewCoverage, reviewMeasures } from './measures/reviews.js';
import { riskMeasures } from './measures/risks.js';
import type { PeriodKind } from './periods.js';
import { isPartial, type KpiQuery, periodsOfQuery, spanOf } from './query.js';
import type { KpiState } from './state.js';
import { changeOf, type KpiTrend, trendOf } from './trend.js';

export type { KpiQuery } from './query.js';
export type { KpiTrend } from './trend.js';

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
  /** Each indicator as its own series over the same periods (`indicatorKpiSeries`). */
  readonly indicators: readonly IndicatorSeries[];
}

const measure = (state: KpiState, span: Span) => {
  const reviews = reviewMeasures(state, span);
  const measures: Measures = {
    ...reviews.measures,
    ...actionMeasures(state, span),
    ...nonConformityMeasures(state, span),
    ...riskMeasures(state, span),
    ...indicatorMeasures(state, span),
    ...auditMeasures(state, span),
    ...objectiveMeasures(state, span),
    ...consultationMeasures(state, span),
    ...improvementMeasures(state, span),
  };
  return { measures, coverage: reviews.coverage };
};

/**
 * The KPIs per period (month or quarter) over a range, each with its change against the period
 * before (the first period is compared with the one before the range) and whether that change is
 * better or worse given the KPI's direction.
 */
export const computeKpis = (state: KpiState, query: KpiQuery): KpiReport => {
  const { now, periods, before } = periodsOfQuery(query);
  let previous: Measures = measure(state, spanOf(before, now)).measures;
  const rows: KpiPeriodRow[] = [];
  for (const period of periods) {
    const { measures, coverage } = measure(state, spanOf(period, now));
    const values = {} as Record<KpiId, KpiCell>;
    for (const definition of kpiDefinitions) {
      const current: Measured = measures[definition.id] ?? { value: null };
      const earlier = previous[definition.id]?.value ?? null;
      const change = changeOf(current.value, earlier);
      values[definition.id] = {
        value: current.value,
        previous: earlier,
        change,
        trend: trendOf(definition.direction, change),
        ...(current.breakdown === undefined ? {} : { breakdown: current.breakdown }),
      };
    }
    rows.push({
      period: period.label,
      start: period.start,
      end: period.end,
      partial: isPartial(period, now),
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
    indicators: indicatorKpiSeries(state, query),
  };
};
