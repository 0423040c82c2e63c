import { fc, it } from '@fast-check/vitest';
import { indicatorSamples } from '@mgmt-review/core/testing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { describe, expect } from 'vitest';
import { computeKpis, indicatorKpiSeries } from './index.js';
import { createRecordsHistory, withData } from './testing/recordsHistory.js';

const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
/** The sample indicator breaches above 8 (lower is better). */
const threshold = 8;
const DAY = 86_400_000;

/** A measurement recorded or corrected, for a month of the first half of 2026. */
const step = fc.record({
  correct: fc.boolean(),
  month: fc.constantFrom(...months),
  value: fc.integer({ min: 0, max: 12 }),
});

describe('corrected measurements in the KPIs', () => {
  it.prop([fc.array(step, { minLength: 1, maxLength: 25 })], { numRuns: propertyRuns(25) })(
    'a corrected measurement is never counted twice: each indicator period counts once, with its latest value, in the breaches and in the series',
    async (steps) => {
      const incidents = indicatorSamples('ind-incidents');
      const history = createRecordsHistory();
      await history.send(incidents.define);
      /** What the domain accepted: each month's latest value. */
      const latest = new Map<string, number>();
      for (const [i, s] of steps.entries()) {
        const at = new Date(Date.parse('2026-07-01T09:00:00Z') + i * DAY).toISOString();
        const command = s.correct ? incidents.correct(s.month, s.value) : incidents.record(s.month, s.value);
        if (await history.attempt(withData(command, { at }))) latest.set(s.month, s.value);
      }
      const state = await history.kpis();
      const query = { from: '2026-01-01', to: '2026-06-30', period: 'quarter' } as const;
      const report = computeKpis(state, query);
      const [series] = indicatorKpiSeries(state, query);
      report.rows.forEach((row, q) => {
        const measured = months
          .slice(q * 3, q * 3 + 3)
          .filter((m) => latest.has(m))
          .map((m) => ({ period: m, value: latest.get(m)! }));
        expect(row.values.indicatorBreaches.value).toBe(measured.filter((m) => m.value > threshold).length);
        const seriesRow = series!.rows[q]!;
        expect(seriesRow.measurements.map((m) => ({ period: m.period, value: m.value }))).toEqual(measured);
        const mean =
          measured.length === 0
            ? null
            : Math.round((measured.reduce((sum, m) => sum + m.value, 0) / measured.length) * 10) / 10;
        expect(seriesRow.value).toBe(mean);
      });
    },
  );
});
