import { indicatorSamples } from '@mgmt-review/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, indicatorKpiSeries, type KpiReport, type KpiState } from './index.js';
import { createRecordsHistory, withData } from './testing/recordsHistory.js';

const breaches = (report: KpiReport) => report.rows.map((r) => r.values.indicatorBreaches.value);

/**
 * "Security incidents per month" (lower is better, target 4, breach above 8): January 5,
 * February 9 (a breach) corrected on 20 April to 6, March 7 corrected the day it was recorded to 10
 * (a breach), April 3. And a quarterly indicator, "access reviews done" (higher is better, target
 * 100, breach below 90): 2026-Q1 recorded 85 on 3 April.
 */
describe('indicator breaches and each indicator as its own series', () => {
  let state: KpiState;
  beforeAll(async () => {
    const incidents = indicatorSamples('ind-incidents');
    const reviews = indicatorSamples('ind-access-reviews');
    const history = createRecordsHistory();
    await history.send(
      incidents.define,
      withData(reviews.define, {
        name: 'access reviews done',
        unit: 'percent',
        direction: 'higherIsBetter',
        frequency: 'quarterly',
        target: 100,
        threshold: 90,
      }),
      incidents.record('2026-01', 5),
      incidents.record('2026-02', 9),
      incidents.record('2026-03', 7),
      incidents.correct('2026-03', 10),
      withData(reviews.record('2026-03', 85), { period: '2026-Q1', at: '2026-04-03T09:00:00Z' }),
      withData(incidents.correct('2026-02', 6), { at: '2026-04-20T09:00:00Z' }),
      incidents.record('2026-04', 3),
    );
    state = await history.kpis();
  });

  it('counts each indicator period ending in the period once, with its value in force', () => {
    const monthly = computeKpis(state, { from: '2026-01-01', to: '2026-05-31', period: 'month' });
    expect(breaches(monthly)).toEqual([0, 0, 2, 0, 0]);
    expect(monthly.rows[2]!.values.indicatorBreaches.breakdown).toEqual({
      byIndicator: { 'ind-access-reviews': 1, 'ind-incidents': 1 },
    });
    const quarterly = computeKpis(state, { from: '2026-01-01', to: '2026-06-30', period: 'quarter' });
    expect(breaches(quarterly)).toEqual([2, 0]);
  });

  it('a value corrected after the day the KPIs are computed on is not yet superseded', () => {
    const before = computeKpis(state, { from: '2026-01-01', to: '2026-03-31', period: 'quarter', now: '2026-04-10' });
    expect(breaches(before)).toEqual([3]);
    expect(before.rows[0]!.values.indicatorBreaches.breakdown).toEqual({
      byIndicator: { 'ind-access-reviews': 1, 'ind-incidents': 2 },
    });
    const recordedYet = computeKpis(state, {
      from: '2026-03-01',
      to: '2026-03-31',
      period: 'month',
      now: '2026-04-02',
    });
    expect(breaches(recordedYet)).toEqual([1]);
  });

  it('series come in the order of their ids; a monthly indicator by quarter is the mean of its months, each counted once with its correction', () => {
    const [accessReviews, incidents] = indicatorKpiSeries(state, {
      from: '2026-01-01',
      to: '2026-06-30',
      period: 'quarter',
    });
    expect(incidents).toMatchObject({
      indicatorId: 'ind-incidents',
      unit: 'incidents',
      direction: 'lower-is-better',
      frequency: 'monthly',
      target: 4,
      threshold: 8,
      status: 'active',
    });
    const [q1, q2] = incidents!.rows;
    expect(q1!.measurements).toEqual([
      { period: '2026-01', value: 5, breach: false, corrected: false },
      { period: '2026-02', value: 6, breach: false, corrected: true },
      { period: '2026-03', value: 10, breach: true, corrected: true },
    ]);
    expect(q1).toMatchObject({ period: '2026-Q1', value: 7, last: 10, breaches: 1, meetsTarget: false });
    expect(q2).toMatchObject({ value: 3, last: 3, previous: 7, change: -4, trend: 'better', meetsTarget: true });
    expect(accessReviews!.rows.map((r) => r.value)).toEqual([85, null]);
    expect(accessReviews!.direction).toBe('higher-is-better');
  });

  it('a quarterly indicator by month holds its value in the month its quarter ends', () => {
    const series = indicatorKpiSeries(state, { from: '2026-01-01', to: '2026-04-30', period: 'month' });
    const accessReviews = series.find((s) => s.indicatorId === 'ind-access-reviews')!;
    expect(accessReviews.rows.map((r) => [r.period, r.value])).toEqual([
      ['2026-01', null],
      ['2026-02', null],
      ['2026-03', 85],
      ['2026-04', null],
    ]);
    const incidents = series.find((s) => s.indicatorId === 'ind-incidents')!;
    expect(incidents.rows.map((r) => r.value)).toEqual([5, 6, 10, 3]);
    expect(incidents.rows.map((r) => r.trend)).toEqual(['not-comparable', 'worse', 'worse', 'better']);
  });

  it('the KPI report carries the same series', () => {
    const query = { from: '2026-01-01', to: '2026-06-30', period: 'quarter', now: '2026-05-01' } as const;
    expect(computeKpis(state, query).indicators).toEqual(indicatorKpiSeries(state, query));
  });
});
