import { auditSamples } from '@mgmt-review/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiId, type KpiReport, type KpiState } from './index.js';
import { createRecordsHistory, withData } from './testing/recordsHistory.js';

const series = (report: KpiReport, id: KpiId) => report.rows.map((row) => row.values[id].value);

/**
 * The 2026 internal programme: `au-1` planned for 4–8 May, performed, four findings (one of each
 * kind), reported 12 May; `au-2` planned for 18–31 May, cancelled on 20 April; `au-3` planned for
 * 1–30 June, started only on 1 July, one nonconformity finding, reported on 10 July.
 */
describe('audits performed against planned, and findings per audit', () => {
  let state: KpiState;
  let monthly: KpiReport;
  beforeAll(async () => {
    const first = auditSamples('au-1');
    const second = auditSamples('au-2');
    const third = auditSamples('au-3');
    const history = createRecordsHistory();
    await history.send(
      first.plan,
      withData(second.plan, { window: { from: '2026-05-18', to: '2026-05-31' } }),
      withData(third.plan, { window: { from: '2026-06-01', to: '2026-06-30' } }),
      second.cancel,
      first.start,
      first.finding('nonconformity', 'f-1'),
      first.finding('observation', 'f-2'),
      first.finding('opportunity', 'f-3'),
      first.finding('conformity', 'f-4'),
      first.report,
      first.close,
      withData(third.start, { at: '2026-07-01T09:00:00Z' }),
      withData(third.finding('nonconformity', 'f-5'), { nonConformityId: 'nc-5', at: '2026-07-02T09:00:00Z' }),
      withData(third.report, { reportedOn: '2026-07-10', at: '2026-07-10T09:00:00Z' }),
    );
    state = await history.kpis();
    monthly = computeKpis(state, { from: '2026-04-01', to: '2026-07-31', period: 'month' });
  });

  it('an audit is planned in the period its window ends in, and performed if started and not cancelled by then', () => {
    expect(series(monthly, 'auditsPlanned')).toEqual([0, 2, 1, 0]);
    expect(series(monthly, 'auditsPerformed')).toEqual([0, 1, 0, 0]);
    expect(series(monthly, 'auditProgrammeAdherence')).toEqual([null, 50, 0, null]);
  });

  it('the findings of the audits reported in the period, per audit and by kind; conformities are not counted', () => {
    expect(series(monthly, 'findingsPerAudit')).toEqual([null, 3, null, 1]);
    expect(series(monthly, 'nonconformitiesPerAudit')).toEqual([null, 1, null, 1]);
    expect(monthly.rows[1]!.values.findingsPerAudit.breakdown).toEqual({
      byKind: { conformity: 1, nonconformity: 1, observation: 1, opportunity: 1 },
      byAudit: { 'au-1': 3 },
    });
  });

  it('by quarter, the late audit counts as planned in Q2 and not performed; its findings count when reported', () => {
    const quarterly = computeKpis(state, { from: '2026-04-01', to: '2026-09-30', period: 'quarter' });
    expect(series(quarterly, 'auditsPlanned')).toEqual([3, 0]);
    expect(series(quarterly, 'auditsPerformed')).toEqual([1, 0]);
    expect(series(quarterly, 'auditProgrammeAdherence')).toEqual([33.3, null]);
    expect(series(quarterly, 'findingsPerAudit')).toEqual([3, 1]);
  });

  it('a period not over yet is measured up to now', () => {
    const partial = computeKpis(state, { from: '2026-05-01', to: '2026-05-31', period: 'month', now: '2026-05-06' });
    expect(partial.rows[0]).toMatchObject({ partial: true });
    expect(series(partial, 'auditsPlanned')).toEqual([0]);
    expect(series(partial, 'findingsPerAudit')).toEqual([null]);
  });
});
