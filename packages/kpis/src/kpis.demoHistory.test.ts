import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiId, type KpiReport, kpiProjection, periodOf } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

const series = (report: KpiReport, id: KpiId) => report.rows.map((row) => row.values[id].value);
const sum = (report: KpiReport, id: KpiId) => series(report, id).reduce<number>((total, v) => total + (v ?? 0), 0);

/**
 * The quarters of the story, 2024-Q3 (risks identified from September 2024) to 2026-Q3 (the story
 * ends on 2026-09-30), computed on the story's last day.
 */
describe('KPIs of the two-year demo history, quarter by quarter', () => {
  let report: KpiReport;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    const state = await replay(tenant, registry, kpiProjection);
    report = computeKpis(state, { from: '2024-07-01', to: demoFacts.today, period: 'quarter', now: demoFacts.today });
  });

  it('covers the nine quarters of the story', () => {
    expect(report.rows.map((r) => r.period)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
  });

  it('reviews held per quarter are the meeting days of the story; the one held late breaks cadence adherence', () => {
    const heldPerQuarter = report.rows.map(
      (row) => demoFacts.meetingDays.filter((d) => periodOf('quarter', d).label === row.period).length,
    );
    expect(series(report, 'reviewsHeld')).toEqual(heldPerQuarter);
    expect(sum(report, 'reviewsHeld')).toBe(demoFacts.counts.heldReviews);
    // MR-2025-07 was rescheduled beyond its planned date (the longer gap): the only review held late.
    expect(series(report, 'reviewsHeldOnTime')).toEqual([0, 1, 1, 1, 0, 2, 1, 1, 1]);
    expect(series(report, 'cadenceAdherence')).toEqual([null, 100, 100, 100, 0, 100, 100, 100, 100]);
    expect(report.rows[4]!.values.cadenceAdherence).toMatchObject({ previous: 100, change: -100, trend: 'worse' });
    expect(report.rows[5]!.values.cadenceAdherence.trend).toBe('better');
    expect(series(report, 'agendaCoverage')).toEqual([null, 90, 90, 100, 100, 95, 100, 90, 100]);
    expect(report.rows[5]!.reviewCoverage.map((r) => r.heldOn)).toEqual(['2025-10-16', '2025-12-11']);
  });

  it('actions: every action raised once, slips and late closures where the story put them, overdue at the end', () => {
    expect(sum(report, 'actionsRaised')).toBe(demoFacts.counts.actions);
    expect(series(report, 'actionsRaised')).toEqual([1, 5, 4, 3, 4, 9, 5, 5, 4]);
    expect(series(report, 'dueDateSlips')).toEqual([0, 0, 1, 0, 3, 1, 0, 2, 1]);
    expect(sum(report, 'dueDateSlips')).toBeGreaterThanOrEqual(demoFacts.slippedActionIds.length);
    expect(series(report, 'actionsClosed')).toEqual([0, 0, 4, 4, 3, 3, 8, 3, 2]);
    expect(series(report, 'actionsClosedOnTimeRate')).toEqual([null, null, 100, 100, 66.7, 100, 100, 100, 100]);
    expect(series(report, 'actionsOverdueAtPeriodEnd')).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 4]);
    expect(report.rows.at(-1)!.values.actionsOverdueAtPeriodEnd).toMatchObject({
      value: demoFacts.overdueActionIds.length,
      change: 3,
      trend: 'worse',
    });
  });

  it('nonconformities: fifteen opened, one recurrence, closures with their days to close and verified share', () => {
    expect(sum(report, 'nonConformitiesOpened')).toBe(demoFacts.counts.nonConformities);
    expect(series(report, 'nonConformitiesOpened')).toEqual([0, 2, 3, 0, 3, 1, 2, 2, 2]);
    expect(sum(report, 'recurrences')).toBe(1);
    expect(series(report, 'nonConformitiesClosed')).toEqual([0, 0, 2, 3, 0, 2, 1, 0, 0]);
    expect(series(report, 'meanDaysToClose')).toEqual([null, null, 101.5, 77.3, null, 142.5, 94, null, null]);
    expect(series(report, 'p90DaysToClose')).toEqual([null, null, 102, 110, null, 167, 94, null, null]);
    // One of the three closures of 2025-Q2 is the nonconformity closed without corrective action.
    expect(series(report, 'closedWithVerifiedEffectiveness')).toEqual([
      null,
      null,
      100,
      66.7,
      null,
      100,
      100,
      null,
      null,
    ]);
    expect(series(report, 'correctiveActionsVerified')).toEqual([0, 0, 2, 2, 0, 4, 0, 1, 0]);
    expect(series(report, 'correctiveActionsPending')).toEqual([0, 2, 2, 0, 2, 0, 2, 2, 3]);
    const breakdown = report.rows.map((r) => r.values.nonConformitiesOpened.breakdown?.bySource ?? {});
    const bySource = breakdown.reduce<Record<string, number>>((total, b) => {
      for (const [source, n] of Object.entries(b)) total[source] = (total[source] ?? 0) + n;
      return total;
    }, {});
    expect(Object.values(bySource).reduce((a, b) => a + b, 0)).toBe(demoFacts.counts.nonConformities);
  });

  it('risks: expiring acceptances pile up, exposure rises again after the treatments of 2024', () => {
    expect(series(report, 'acceptancesExpired')).toEqual([0, 0, 0, 1, 1, 2, 3, 4, 5]);
    expect(report.rows.at(-1)!.values.acceptancesExpired.value).toBe(demoFacts.expiredAcceptanceRiskIds.length);
    expect(series(report, 'risksAboveAppetite')).toEqual([17, 1, 1, 1, 1, 3, 2, 5, 6]);
    expect(series(report, 'risksUntreated')).toEqual([9, 0, 0, 0, 0, 0, 0, 1, 4]);
    expect(series(report, 'residualExposure')).toEqual([270, 139, 139, 139, 139, 163, 161, 198, 221]);
    expect(report.rows[1]!.values.residualExposure).toMatchObject({ change: -131, trend: 'better' });
    expect(report.rows.at(-1)!.values.risksUntreated.value).toBeGreaterThanOrEqual(
      demoFacts.unapprovedTreatmentRiskIds.length,
    );
  });
});
