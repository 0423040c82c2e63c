import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, readHistory, replay } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { historySteps, writeHistory } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { viewsProjection } from '../projection.js';
import { indicatorSeries } from './indicatorSeries.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** Each period of each indicator as its events leave it: the last value written, and how many corrections it had. */
const periodsWritten = (events: readonly ManagementReviewEvent[]) => {
  const periods = new Map<string, { value: number; corrections: number }>();
  for (const event of events) {
    if (event.type !== 'MeasurementRecorded' && event.type !== 'MeasurementCorrected') continue;
    const key = `${event.data.indicatorId} ${event.data.period}`;
    const corrections = (periods.get(key)?.corrections ?? -1) + 1;
    periods.set(key, { value: event.data.value, corrections });
  }
  return periods;
};

describe('the indicator series over random valid histories of every aggregate', () => {
  it.prop([historySteps()], { numRuns: propertyRuns(30) })(
    'a corrected measurement is never counted twice in a series: each period once, with its latest value and every correction listed',
    async (steps) => {
      const { tenant, lastAt } = await writeHistory(steps);
      const events: ManagementReviewEvent[] = [];
      for await (const event of readHistory(tenant, registry)) events.push(event);
      const state = await replay(tenant, registry, viewsProjection);
      const shown = new Map<string, { value: number; corrections: number }>();
      for (const series of indicatorSeries(state, { now: lastAt })) {
        for (const v of series.values) {
          const key = `${series.indicatorId} ${v.period}`;
          expect(shown.has(key)).toBe(false);
          shown.set(key, { value: v.value, corrections: v.corrections.length });
        }
        expect(series.breaches).toBe(series.values.filter((v) => v.breach).length);
      }
      expect(shown).toEqual(periodsWritten(events));
    },
  );

  it('the random histories correct measurements', async () => {
    let corrections = 0;
    for (const steps of fc.sample(historySteps(150, 200), { numRuns: 6, seed: 7 })) {
      const { tenant } = await writeHistory(steps);
      for await (const event of readHistory(tenant, registry))
        if (event.type === 'MeasurementCorrected') corrections += 1;
    }
    expect(corrections).toBeGreaterThan(0);
  });
});
