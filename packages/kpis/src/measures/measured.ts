import type { KpiId } from '../definitions.js';

/** A KPI's value for one period, before it is compared with the previous period. */
export interface Measured {
  /** `null` when the KPI is undefined for the period (a share of nothing, a mean of nothing). */
  readonly value: number | null;
  /** Counts by category (e.g. `bySeverity`, `bySource`), when the KPI has a breakdown. */
  readonly breakdown?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** The days a period spans; `end` is its last day, or the day the KPIs are computed on if earlier. */
export interface Span {
  readonly start: string;
  readonly end: string;
  /** The day the KPIs are computed on, when the query names one: a value recorded after it is not yet in force. */
  readonly now?: string;
}

export type Measures = Partial<Record<KpiId, Measured>>;

export const within = (day: string | undefined, span: Span): boolean =>
  day !== undefined && day >= span.start && day <= span.end;

/** A share in percent, rounded to one decimal; `null` when there is nothing to share. */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** The mean of `values`, rounded to one decimal; `null` when there are none. */
export const meanOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;

export const count = (value: number): Measured => ({ value });
