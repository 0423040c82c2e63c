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

/** A source's trend over a range: its KPI values quarter by quarter. */
export interface TrendSeries extends DayRange {
  readonly quarters: readonly {
    readonly quarter: string;
    readonly values: { readonly [kpi: string]: number | null };
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
