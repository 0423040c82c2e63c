import type { Trend } from './trend.js';

const bars = '▁▂▃▄▅▆▇█';

/**
 * The values of a series (oldest first) as a sparkline, one bar a value from `▁` (the lowest) to
 * `█` (the highest); a series whose values are all equal is drawn at mid height.
 */
export const sparkline = (values: readonly number[]): string => {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const top = bars.length - 1;
  return values
    .map((v) => bars[max === min ? Math.floor(top / 2) : Math.round(((v - min) / (max - min)) * top)])
    .join('');
};

const trendWords: Readonly<Record<Trend['direction'], string>> = {
  improving: 'improving',
  stable: 'stable',
  deteriorating: 'deteriorating',
  notEnoughData: 'not enough data for a trend',
};

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A series in one line of text, as the CLI and the review pack show it: the sparkline of its
 * values, the trend, and its breaches, e.g. `▇█▅▄▃▂▁ improving, 1 breach in 7 periods`.
 */
export const textTrend = (series: {
  readonly values: readonly { readonly value: number }[];
  readonly trend: Trend;
  readonly breaches: number;
}): string =>
  series.values.length === 0
    ? 'no measurements'
    : `${sparkline(series.values.map((v) => v.value))} ${trendWords[series.trend.direction]}, ${count(series.breaches, 'breach', 'breaches')} in ${count(series.values.length, 'period', 'periods')}`;
