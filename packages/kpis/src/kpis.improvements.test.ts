import { improvementSamples } from '@mgmt-review/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiId, type KpiReport } from './index.js';
import { createRecordsHistory, withData } from './testing/recordsHistory.js';

const series = (report: KpiReport, id: KpiId) => report.rows.map((row) => row.values[id].value);

/**
 * "Automate certain security tasks": logged 10 January, adopted 31 March, realised 1 July, closed
 * 15 July. "Self-service password resets": logged 5 February, deferred on 31 March, adopted on 30
 * June. "Badge readers on every floor": logged 6 February, rejected on 31 March.
 */
describe('opportunities for improvement logged, adopted and realised', () => {
  let quarterly: KpiReport;
  beforeAll(async () => {
    const automate = improvementSamples('imp-automate');
    const resets = improvementSamples('imp-resets');
    const badges = improvementSamples('imp-badges');
    const history = createRecordsHistory();
    await history.send(
      automate.log,
      automate.evaluate,
      withData(resets.log, { at: '2026-02-05T09:00:00Z' }),
      withData(resets.evaluate, { at: '2026-02-06T09:00:00Z' }),
      withData(badges.log, { at: '2026-02-06T09:00:00Z' }),
      withData(badges.evaluate, { at: '2026-02-07T09:00:00Z' }),
      automate.adopt,
      resets.defer,
      badges.reject,
      withData(resets.adopt, { decisionId: 'dec-2', at: '2026-06-30T09:00:00Z' }),
      automate.realise,
      automate.close,
    );
    quarterly = computeKpis(await history.kpis(), { from: '2026-01-01', to: '2026-09-30', period: 'quarter' });
  });

  it('counts each in the period it entered the status, once', () => {
    expect(series(quarterly, 'opportunitiesLogged')).toEqual([3, 0, 0]);
    expect(series(quarterly, 'opportunitiesAdopted')).toEqual([1, 1, 0]);
    expect(series(quarterly, 'opportunitiesRealised')).toEqual([0, 0, 1]);
  });

  it('reads the change with the direction: more adopted is better', () => {
    expect(quarterly.rows[2]!.values.opportunitiesAdopted).toEqual({
      value: 0,
      previous: 1,
      change: -1,
      trend: 'worse',
    });
  });
});
