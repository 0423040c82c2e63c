import type { Direction } from '@mgmt-review/core';

/** Which way a series is going, read with the indicator's direction (fewer incidents is improving). */
export type TrendDirection = 'improving' | 'stable' | 'deteriorating' | 'notEnoughData';

/** The trend of the last values of a series. */
export interface Trend {
  readonly direction: TrendDirection;
  /** The least-squares slope, in the indicator's unit per period; undefined below two values. */
  readonly slope: number | undefined;
  /** How many values (the last ones of the series) the trend is taken over. */
  readonly periods: number;
}

/** The periods a trend is taken over unless asked otherwise: the last six values. */
export const defaultTrendPeriods = 6;

/**
 * The share of the values' mean magnitude within which the fitted change over the periods counts as
 * `stable` (5%): a series moving less than that is neither improving nor deteriorating.
 */
export const stableWithin = 0.05;

/** The least-squares slope of `values` over their positions 0, 1, 2, …; two values at least. */
const slopeOf = (values: readonly number[]): number => {
  const n = values.length;
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (const y of values) meanY += y / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  });
  return covariance / variance;
};

/**
 * The trend of the last `periods` values of a series (oldest first): the sign of the least-squares
 * slope, read with `direction`, unless the fitted change over those periods stays within
 * `stableWithin` of their mean magnitude. Fewer than two values give `notEnoughData`.
 */
export const trendOf = (values: readonly number[], direction: Direction, periods = defaultTrendPeriods): Trend => {
  const last = values.slice(-Math.max(periods, 2));
  if (last.length < 2) return { direction: 'notEnoughData', slope: undefined, periods: last.length };
  const slope = slopeOf(last);
  let magnitude = 0;
  for (const y of last) magnitude += Math.abs(y) / last.length;
  const change = slope * (last.length - 1);
  if (Math.abs(change) <= stableWithin * magnitude) return { direction: 'stable', slope, periods: last.length };
  const better = direction === 'higherIsBetter' ? change > 0 : change < 0;
  return { direction: better ? 'improving' : 'deteriorating', slope, periods: last.length };
};
