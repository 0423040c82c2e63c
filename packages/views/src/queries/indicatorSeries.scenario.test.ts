import { indicatorSamples, samplePeople } from '@mgmt-review/core/testing';
import { describe, expect, it } from 'vitest';
import { type SampleCommand, viewsOfSamples } from '../testing/sampleHistory.js';
import { indicatorSeries } from './indicatorSeries.js';

const ind = indicatorSamples();
const months = (values: readonly number[]): SampleCommand[] =>
  values.map((value, i) => ind.record(`2026-${String(i + 1).padStart(2, '0')}`, value));

/** A correction of February, a day after its analysis: the analysis lapses. */
const lateCorrection: SampleCommand = {
  ...ind.correct('2026-02', 10),
  data: { ...ind.correct('2026-02', 10).data, at: '2026-03-03T09:00:00Z' },
};

/** "Patching within 30 days", higher is better: target 95 %, a breach below 90 %. */
const patch = indicatorSamples('ind-patch');
const patching: SampleCommand[] = [
  {
    ...patch.define,
    data: {
      ...patch.define.data,
      name: 'servers patched within 30 days',
      subject: { kind: 'control', name: 'management of technical vulnerabilities' },
      annexAControl: 'A.8.8',
      unit: '%',
      direction: 'higherIsBetter',
      target: 95,
      threshold: 90,
    },
  },
  patch.record('2026-01', 89),
  patch.record('2026-02', 90),
  patch.record('2026-03', 97),
];

describe('the indicator series (9.1, input 9.3.2 d2)', () => {
  it('shows the definition and the values by period in period order, each with its source and who measured it', async () => {
    const state = await viewsOfSamples([ind.define, ...months([6, 5, 4])]);
    const [series] = indicatorSeries(state, { now: '2026-04-20' });
    expect(series).toMatchObject({
      indicatorId: 'ind-incidents',
      status: 'active',
      name: 'security incidents per month',
      subject: { kind: 'process', name: 'incident management' },
      annexAControl: 'A.5.24',
      unit: 'incidents',
      direction: 'lowerIsBetter',
      frequency: 'monthly',
      measuredBy: samplePeople.itLead.id,
      analysedBy: samplePeople.ciso.id,
      target: 4,
      threshold: 8,
      definedOn: '2026-01-05',
      breaches: 0,
      unmeasuredPeriods: [],
    });
    expect(series?.values.map((v) => [v.period, v.from, v.to, v.value, v.meetsTarget, v.recordedOn])).toEqual([
      ['2026-01', '2026-01-01', '2026-01-31', 6, false, '2026-02-02'],
      ['2026-02', '2026-02-01', '2026-02-28', 5, false, '2026-03-02'],
      ['2026-03', '2026-03-01', '2026-03-31', 4, true, '2026-04-02'],
    ]);
    expect(series?.values[0]).toMatchObject({
      sourceReference: 'incident tickets reported in 2026-01',
      measuredBy: samplePeople.itLead.id,
      corrections: [],
      analysis: undefined,
    });
    expect(series?.latest?.period).toBe('2026-03');
  });

  it('counts a corrected measurement once, with its correction value, and lists the value it superseded with the reason', async () => {
    const state = await viewsOfSamples([
      ind.define,
      ...months([6, 7]),
      ind.correct('2026-02', 9),
      ind.record('2026-03', 4),
    ]);
    const [series] = indicatorSeries(state, { now: '2026-04-20' });
    expect(series?.values.map((v) => [v.period, v.value])).toEqual([
      ['2026-01', 6],
      ['2026-02', 9],
      ['2026-03', 4],
    ]);
    expect(series?.values[1]).toMatchObject({
      value: 9,
      sourceReference: 'incident tickets reported in 2026-02, reclassified',
      breach: true,
      corrections: [
        {
          previousValue: 7,
          value: 9,
          reason: 'two tickets were classified as incidents after the count',
          sourceReference: 'incident tickets reported in 2026-02, reclassified',
          correctedBy: samplePeople.itLead.id,
          correctedOn: '2026-03-02',
        },
      ],
    });
    expect(series?.breaches).toBe(1);
  });

  it("shows a period's analysis with the breach explained, and lets it lapse when the period's value is corrected", async () => {
    const analysed = [ind.define, ...months([6, 9]), ind.analyse('2026-02', 'a phishing wave in one week')];
    const [series] = indicatorSeries(await viewsOfSamples(analysed), { now: '2026-03-20' });
    expect(series?.values[1]?.analysis).toEqual({
      conclusion: 'phishing reports dominate; awareness campaign continues',
      breachExplanation: 'a phishing wave in one week',
      analysedBy: samplePeople.ciso.id,
      analysedOn: '2026-03-02',
    });
    const [after] = indicatorSeries(await viewsOfSamples([...analysed, lateCorrection]), { now: '2026-03-20' });
    expect(after?.values[1]).toMatchObject({ value: 10, analysis: undefined });
    expect(after?.values[1]?.corrections.map((c) => [c.previousValue, c.value])).toEqual([[9, 10]]);
  });

  it('marks a breach with the direction: above the threshold when lower is better, below it when higher is better', async () => {
    const state = await viewsOfSamples([ind.define, ...months([8, 9, 3]), ...patching]);
    const [incidents, patched] = indicatorSeries(state, { now: '2026-04-20' });
    expect(incidents?.values.map((v) => [v.value, v.breach])).toEqual([
      [8, false],
      [9, true],
      [3, false],
    ]);
    expect(patched?.indicatorId).toBe('ind-patch');
    expect(patched?.values.map((v) => [v.value, v.breach, v.meetsTarget])).toEqual([
      [89, true, false],
      [90, false, false],
      [97, false, true],
    ]);
    expect([incidents?.breaches, patched?.breaches]).toEqual([1, 1]);
  });

  it('reads the trend with the direction, and writes the series in one line of text', async () => {
    const state = await viewsOfSamples([ind.define, ...months([9, 7, 6, 5, 4, 3]), ...patching]);
    const [incidents, patched] = indicatorSeries(state, { now: '2026-07-20' });
    expect(incidents?.trend.direction).toBe('improving');
    expect(incidents?.textTrend).toBe('█▆▅▃▂▁ improving, 1 breach in 6 periods');
    expect(patched?.trend.direction).toBe('improving');
    const worse = await viewsOfSamples([ind.define, ...months([3, 4, 5, 6, 7, 9])]);
    expect(indicatorSeries(worse, { now: '2026-07-20' })[0]?.trend.direction).toBe('deteriorating');
  });

  it('keeps to the range asked about, and lists the periods over by then that have no value', async () => {
    const state = await viewsOfSamples([ind.define, ...months([6, 5, 4]), ind.record('2026-05', 3)]);
    const [all] = indicatorSeries(state, { now: '2026-07-20' });
    expect(all?.values.map((v) => v.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-05']);
    expect(all?.unmeasuredPeriods).toEqual(['2026-04', '2026-06']);
    const [spring] = indicatorSeries(state, { now: '2026-07-20', from: '2026-02-15', to: '2026-04-30' });
    expect(spring?.values.map((v) => v.period)).toEqual(['2026-02', '2026-03']);
    expect(spring?.unmeasuredPeriods).toEqual(['2026-04']);
    expect(indicatorSeries(state, { now: '2026-07-20', indicatorId: 'ind-other' })).toEqual([]);
  });
});
