import type { IndicatorSeries, IndicatorSeriesRow } from '@mgmt-review/kpis';
import { describe, expect, it } from 'vitest';
import { formatIndicatorSeries } from './kpis.js';

/** A row of a higher-is-better series with target 100. */
const row = (period: string, value: number | null, previous: number | null, breaches: number): IndicatorSeriesRow => ({
  period,
  start: `${period}-01`,
  end: `${period}-28`,
  partial: false,
  value,
  last: value,
  previous,
  change: value === null || previous === null ? null : value - previous,
  trend: value === null || previous === null ? 'not-comparable' : value > previous ? 'better' : 'worse',
  meetsTarget: value === null ? null : value >= 100,
  breaches,
  measurements: [],
});

describe('kpis --indicators', () => {
  it('prints one row per indicator, each value with its trend and ! where a measurement breaches', () => {
    const accessReviews: IndicatorSeries = {
      indicatorId: 'ind-access-reviews',
      name: 'access reviews done',
      unit: 'reviews',
      direction: 'higher-is-better',
      frequency: 'quarterly',
      status: 'retired',
      threshold: 90,
      target: 100,
      rows: [row('2026-Q1', 95, null, 0), row('2026-Q2', 85, 95, 1), row('2026-Q3', null, 85, 0)],
    };
    const line = formatIndicatorSeries([accessReviews])
      .split('\n')
      .find((l) => l.includes('access reviews done'))!;
    expect(line).toContain('target 100, threshold 90; higher is better');
    expect(
      line
        .split('│')
        .map((cell) => cell.trim())
        .slice(2, 5),
    ).toEqual(['95', '85 ↓ !', '-']);
  });

  it('says so when there is no indicator', () => {
    expect(formatIndicatorSeries([])).toBe('No indicators.');
  });
});
