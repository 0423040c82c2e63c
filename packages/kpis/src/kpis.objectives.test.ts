import { objectiveSamples } from '@mgmt-review/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiId, type KpiReport } from './index.js';
import { createRecordsHistory, withData } from './testing/recordsHistory.js';

const series = (report: KpiReport, id: KpiId) => report.rows.map((row) => row.values[id].value);

/**
 * Two objectives set on 10 January 2026: "at most 4 incidents a month" (measurable), evaluated on
 * track on 10 July and revised on 10 August (the evaluation lapses); "security responsibilities in
 * every job description" (judged by its criteria), achieved on 25 June. A third, set on 1 March,
 * is evaluated at risk on 15 March and missed on 20 May.
 */
describe('objectives on track, achieved and missed', () => {
  let monthly: KpiReport;
  beforeAll(async () => {
    const incidents = objectiveSamples('obj-incidents');
    const jobs = objectiveSamples('obj-jobs');
    const awareness = objectiveSamples('obj-awareness');
    const history = createRecordsHistory();
    await history.send(
      incidents.set,
      jobs.setJudged,
      withData(awareness.set, { at: '2026-03-01T09:00:00Z' }),
      withData(awareness.evaluate(6, 'atRisk'), { at: '2026-03-15T09:00:00Z' }),
      withData(awareness.miss(6), { at: '2026-05-20T09:00:00Z' }),
      jobs.achieveJudged,
      incidents.evaluate(3),
      withData(incidents.revise, { at: '2026-08-10T09:00:00Z' }),
    );
    monthly = computeKpis(await history.kpis(), { from: '2026-01-01', to: '2026-08-31', period: 'month' });
  });

  it('counts the open objectives whose latest evaluation at period end is on track', () => {
    expect(series(monthly, 'objectivesOnTrack')).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
    expect(series(monthly, 'objectivesOnTrackRate')).toEqual([0, 0, 0, 0, 0, 0, 100, 0]);
    expect(monthly.rows[2]!.values.objectivesOnTrack.breakdown).toEqual({
      byProgress: { onTrack: 0, atRisk: 1, offTrack: 0, notEvaluated: 2 },
    });
    expect(monthly.rows[6]!.values.objectivesOnTrack.breakdown).toEqual({
      byProgress: { onTrack: 1, atRisk: 0, offTrack: 0, notEvaluated: 0 },
    });
  });

  it('a revision makes the evaluation before it lapse: the objective is not evaluated again yet', () => {
    expect(monthly.rows[7]!.values.objectivesOnTrack).toMatchObject({
      value: 0,
      previous: 1,
      trend: 'worse',
      breakdown: { byProgress: { onTrack: 0, atRisk: 0, offTrack: 0, notEvaluated: 1 } },
    });
  });

  it('counts the objectives achieved and missed in the period', () => {
    expect(series(monthly, 'objectivesAchieved')).toEqual([0, 0, 0, 0, 0, 1, 0, 0]);
    expect(series(monthly, 'objectivesMissed')).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('the share is empty before any objective is pursued', () => {
    expect(monthly.rows[0]!.values.objectivesOnTrackRate).toMatchObject({ value: 0, previous: null });
  });
});
