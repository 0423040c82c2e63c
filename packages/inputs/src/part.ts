import type { RecordSource, Review, TenantHandles } from '@mgmt-review/core';
import type { PackHistory } from './history.js';

/** A plain JSON value, as a part's content holds it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** The figures a source gives: named counts, shares and lists, as plain JSON. */
export type Figures = { readonly [figure: string]: Json };

/** A range of days, both included (`YYYY-MM-DD`). */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/** A source's trend over a range: its measures period by period (a quarter, or the whole range). */
export interface TrendSeries extends DayRange {
  readonly periods: readonly {
    /** `2026-Q2`, or `from/to` (ISO-8601 interval) for a measure taken over the whole range. */
    readonly period: string;
    readonly values: { readonly [measure: string]: number | null };
  }[];
}

/** What one kind of record says about an input: figures, trend, one sentence, and the events it rests on. */
export interface SourcePart {
  readonly figures: Figures;
  /** Over the period the review covers and the period of the same length before it. */
  readonly trend: { readonly period: TrendSeries; readonly previousPeriod: TrendSeries };
  readonly summary: string;
  /** The ids of the events the figures are computed from, in global order. */
  readonly events: readonly string[];
}

/** What a part computer reads: the history up to the pack's position, the review, and the pack's moment. */
export interface PartContext {
  readonly history: PackHistory;
  /** The facade's handles answering as of the pack's position. */
  readonly handles: TenantHandles;
  readonly review: Review;
  /** The moment the pack is computed as of: "now" for every figure relative to today. */
  readonly asOf: string;
  /** The day of `asOf`. */
  readonly day: string;
  readonly period: DayRange;
  readonly previousPeriod: DayRange;
}

/** Computes what one kind of record says about an input. */
export type PartComputer = (context: PartContext) => Promise<SourcePart> | SourcePart;

/** A part computer for every kind of record. */
export type PartComputers = { readonly [S in RecordSource]: PartComputer };

/** How many rows there are of each key. */
export const countBy = <T>(rows: readonly T[], key: (row: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
};
