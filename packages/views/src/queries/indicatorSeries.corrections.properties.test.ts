import { fc, it } from '@fast-check/vitest';
import { indicatorSamples } from '@mgmt-review/core/testing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { describe, expect } from 'vitest';
import { type SampleCommand, viewsOfSamples } from '../testing/sampleHistory.js';
import { indicatorSeries } from './indicatorSeries.js';

const ind = indicatorSamples();

/** A month of 2026 measured once, then corrected by non-zero steps (a correction changes the value). */
const measuredMonth = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  value: fc.integer({ min: 0, max: 15 }),
  steps: fc.array(
    fc.integer({ min: 1, max: 6 }).chain((n) => fc.constantFrom(n, -n)),
    { maxLength: 3 },
  ),
});

const monthsOf = fc.uniqueArray(measuredMonth, { selector: (m) => m.month, maxLength: 12 });

describe('the indicator series over random measurements and corrections', () => {
  it.prop([monthsOf], { numRuns: propertyRuns(25) })(
    'a corrected measurement is never counted twice in a series: one value a period, the latest, with every value it superseded listed',
    async (months) => {
      const ordered = months.slice().sort((a, b) => a.month - b.month);
      const commands: SampleCommand[] = [ind.define];
      const expected = new Map<string, { value: number; superseded: number[]; correctedTo: number[] }>();
      for (const m of ordered) {
        const period = `2026-${String(m.month).padStart(2, '0')}`;
        commands.push(ind.record(period, m.value));
        let value = m.value;
        const superseded: number[] = [];
        const correctedTo: number[] = [];
        for (const step of m.steps) {
          superseded.push(value);
          value += step;
          correctedTo.push(value);
          commands.push(ind.correct(period, value));
        }
        expected.set(period, { value, superseded, correctedTo });
      }
      const [series] = indicatorSeries(await viewsOfSamples(commands), { now: '2027-02-01' });
      expect(series?.values.map((v) => v.period)).toEqual([...expected.keys()]);
      for (const v of series?.values ?? []) {
        const want = expected.get(v.period);
        expect(v.value).toBe(want?.value);
        expect(v.corrections.map((c) => c.previousValue)).toEqual(want?.superseded);
        expect(v.corrections.map((c) => c.value)).toEqual(want?.correctedTo);
      }
      const total = (series?.values ?? []).reduce((sum, v) => sum + v.value, 0);
      expect(total).toBe([...expected.values()].reduce((sum, e) => sum + e.value, 0));
      expect(series?.breaches).toBe([...expected.values()].filter((e) => e.value > 8).length);
    },
  );
});
