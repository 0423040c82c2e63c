import { dayOf } from '@mgmt-review/core';
import type { Span } from './measures/measured.js';
import { type Period, type PeriodKind, periodsBetween, previousPeriod } from './periods.js';

/** The range and periods KPIs and indicator series are computed over. */
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

/** A query checked: its day `now` (if any), the periods of its range, and the period before them. */
export interface QueryPeriods {
  readonly now: string | undefined;
  readonly periods: readonly Period[];
  readonly before: Period;
}

const isDay = (value: string) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

/** Checks a query, naming the field that is wrong, and gives its periods; throws a `RangeError`. */
export const periodsOfQuery = (query: KpiQuery): QueryPeriods => {
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
  const periods = periodsBetween(query.period, dayOf(query.from), dayOf(query.to));
  return {
    now: query.now === undefined ? undefined : dayOf(query.now),
    periods,
    before: previousPeriod(query.period, periods[0]!),
  };
};

/** The days of a period that are measured: up to its last day, or up to `now` if that comes first. */
export const spanOf = (period: Period, now: string | undefined): Span => ({
  start: period.start,
  end: now !== undefined && now < period.end ? now : period.end,
  now,
});

/** Whether a period ends after `now`: its "at period end" values are as of `now`. */
export const isPartial = (period: Period, now: string | undefined): boolean => now !== undefined && now < period.end;
