import { describe, expect, it } from 'vitest';
import { computeKpis, initialKpiState, kpiIds } from './index.js';

/** The KPIs that are a share or a mean: undefined (null) for a period with nothing to share or average. */
const sharesAndMeans = new Set([
  'cadenceAdherence',
  'agendaCoverage',
  'actionsClosedOnTimeRate',
  'meanDaysToClose',
  'p90DaysToClose',
  'closedWithVerifiedEffectiveness',
  'auditProgrammeAdherence',
  'findingsPerAudit',
  'nonconformitiesPerAudit',
  'objectivesOnTrackRate',
  'consultationResponseRate',
  'satisfactionScore',
  'netPromoterScore',
  'feedbackTakenIntoAccount',
]);

describe('KPIs of a history with no records', () => {
  const report = computeKpis(initialKpiState(), { from: '2026-01-01', to: '2026-06-30', period: 'quarter' });

  it('every count is 0 and every share or mean is empty (null)', () => {
    for (const row of report.rows) {
      for (const id of kpiIds) {
        expect(row.values[id].value, `${id} ${row.period}`).toBe(sharesAndMeans.has(id) ? null : 0);
      }
    }
  });

  it('there is no indicator series', () => {
    expect(report.indicators).toEqual([]);
  });
});
