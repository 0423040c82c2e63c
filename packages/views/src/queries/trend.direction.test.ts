import { describe, expect, it } from 'vitest';
import { sparkline, textTrend } from './textTrend.js';
import { stableWithin, trendOf } from './trend.js';

describe('the trend of a series, read with the indicator direction', () => {
  it('calls fewer incidents improving and more deteriorating when lower is better', () => {
    expect(trendOf([9, 7, 6, 5], 'lowerIsBetter').direction).toBe('improving');
    expect(trendOf([3, 4, 6, 9], 'lowerIsBetter').direction).toBe('deteriorating');
  });

  it('calls a rising coverage improving and a falling one deteriorating when higher is better', () => {
    expect(trendOf([88, 90, 93, 97], 'higherIsBetter').direction).toBe('improving');
    expect(trendOf([97, 93, 90, 88], 'higherIsBetter').direction).toBe('deteriorating');
  });

  it('takes the least-squares slope, so one outlier against the run does not turn it', () => {
    const trend = trendOf([10, 9, 12, 7, 6, 5], 'lowerIsBetter');
    expect(trend.direction).toBe('improving');
    expect(trend.slope).toBeCloseTo(-19.5 / 17.5, 10);
  });

  it('calls a series stable while its fitted change stays within 5% of its mean magnitude', () => {
    expect(stableWithin).toBe(0.05);
    expect(trendOf([100, 101, 100, 102], 'higherIsBetter').direction).toBe('stable');
    expect(trendOf([100, 103, 105, 107], 'higherIsBetter').direction).toBe('improving');
    expect(trendOf([0, 0, 0], 'lowerIsBetter')).toEqual({ direction: 'stable', slope: 0, periods: 3 });
  });

  it('is taken over the last periods only (six unless asked), and needs two values', () => {
    const values = [1, 2, 3, 4, 10, 9, 8, 7, 6, 5];
    expect(trendOf(values, 'lowerIsBetter')).toMatchObject({ direction: 'improving', periods: 6 });
    expect(trendOf(values, 'lowerIsBetter', 10)).toMatchObject({ direction: 'deteriorating', periods: 10 });
    expect(trendOf([4], 'lowerIsBetter')).toEqual({ direction: 'notEnoughData', slope: undefined, periods: 1 });
    expect(trendOf([], 'lowerIsBetter')).toEqual({ direction: 'notEnoughData', slope: undefined, periods: 0 });
  });
});

describe('a series in one line of text', () => {
  it('draws one bar a value, from the lowest to the highest, and equal values at mid height', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([7, 0])).toBe('█▁');
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
  });

  it('says the trend and the breaches after the sparkline', () => {
    const values = [8, 12, 6, 4].map((value) => ({ value }));
    expect(textTrend({ values, trend: trendOf([8, 12, 6, 4], 'lowerIsBetter'), breaches: 1 })).toBe(
      '▅█▃▁ improving, 1 breach in 4 periods',
    );
    expect(textTrend({ values: [{ value: 3 }], trend: trendOf([3], 'lowerIsBetter'), breaches: 0 })).toBe(
      '▄ not enough data for a trend, 0 breaches in 1 period',
    );
    expect(textTrend({ values: [], trend: trendOf([], 'lowerIsBetter'), breaches: 0 })).toBe('no measurements');
  });
});
