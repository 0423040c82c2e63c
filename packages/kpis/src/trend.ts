import type { KpiDirection } from './definitions.js';

/** How a KPI moved against the previous period, read with its direction. */
export type KpiTrend = 'better' | 'worse' | 'unchanged' | 'not-comparable';

/** `value - previous` rounded to one decimal, or null when either is null. */
export const changeOf = (value: number | null, previous: number | null): number | null =>
  value === null || previous === null ? null : Math.round((value - previous) * 10) / 10;

/** Whether a change is better or worse, read with the direction of what changed. */
export const trendOf = (direction: KpiDirection, change: number | null): KpiTrend =>
  change === null
    ? 'not-comparable'
    : change === 0
      ? 'unchanged'
      : change > 0 === (direction === 'higher-is-better')
        ? 'better'
        : 'worse';
