import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AgendaPack, agendaPackOf, type PackState, packStateOf } from './index.js';

const reviewId = demoFacts.lastHeldReviewId;
const now = demoFacts.now;

describe('the trends of indicators and objectives', () => {
  let state: PackState;
  let pack: AgendaPack;
  beforeAll(async () => {
    state = await packStateOf((await createInMemoryDemoHistory()).tenant);
    pack = agendaPackOf(state, { reviewId, now });
  }, 60_000);

  const indicatorCharts = () => pack.trends.filter((t) => t.id.startsWith('indicator-'));
  const objectives = () => pack.trends.find((t) => t.id === 'objectivesFulfilment')!;

  it("each indicator chart shows the target and threshold of the indicator register's definition", () => {
    expect(indicatorCharts().length).toBeGreaterThan(0);
    for (const chart of indicatorCharts()) {
      const indicator = state.views.indicators.get(chart.id.slice('indicator-'.length))!;
      expect(indicator, chart.id).toBeDefined();
      expect(chart.title, chart.id).toContain(indicator.name);
      for (const row of chart.rows) {
        expect(row.Target, chart.id).toBe(indicator.target);
        expect(row.Threshold, chart.id).toBe(indicator.threshold);
      }
    }
  });

  it('the indicator charts together mark every breach the quarters count, and each quarter with one', () => {
    const breaches = indicatorCharts().flatMap((c) => c.rows.map((r) => r.breaches as number));
    expect(breaches.reduce((a, b) => a + b, 0)).toBe(demoFacts.records.breaches.length);
    for (const chart of indicatorCharts()) {
      const quarters = chart.rows.filter((r) => (r.breaches as number) > 0).length;
      expect(chart.description, chart.id).toContain(`${quarters} of ${chart.rows.length} periods`);
    }
  });

  it("the objectives' chart stacks, at the last quarter's end, every objective the story still pursues", () => {
    const rows = objectives().rows;
    expect(rows.length).toBe(8);
    const last = rows.at(-1)!;
    const stacked = ['on track', 'at risk', 'off track', 'not evaluated'].reduce((n, h) => n + (last[h] as number), 0);
    const pursued = Object.values(demoFacts.records.objectiveStatuses).filter((s) => s === 'set').length;
    expect(stacked).toBe(pursued);
  });
});
