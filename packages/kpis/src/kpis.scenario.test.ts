import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { writeSmallHistory } from '@mgmt-review/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeKpis,
  type KpiId,
  type KpiReport,
  type KpiState,
  kpiDefinitions,
  kpiIds,
  kpiProjection,
} from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** One KPI's values across the report's periods. */
const series = (report: KpiReport, id: KpiId) => report.rows.map((row) => row.values[id].value);

describe('KPIs of a small hand-written history, read value by value', () => {
  let state: KpiState;
  let monthly: KpiReport;
  beforeAll(async () => {
    const { tenant } = await writeSmallHistory();
    state = await replay(tenant, registry, kpiProjection);
    monthly = computeKpis(state, { from: '2026-03-01', to: '2026-07-31', period: 'month' });
  });

  it('reports one row per month of the range', () => {
    expect(monthly.rows.map((r) => [r.period, r.start, r.end])).toEqual([
      ['2026-03', '2026-03-01', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-30'],
      ['2026-05', '2026-05-01', '2026-05-31'],
      ['2026-06', '2026-06-01', '2026-06-30'],
      ['2026-07', '2026-07-01', '2026-07-31'],
    ]);
  });

  it('reviews: planned, held on time, cadence adherence and agenda coverage', () => {
    expect(series(monthly, 'reviewsPlanned')).toEqual([1, 0, 0, 1, 0]);
    expect(series(monthly, 'reviewsHeld')).toEqual([1, 0, 0, 0, 0]);
    expect(series(monthly, 'reviewsHeldOnTime')).toEqual([1, 0, 0, 0, 0]);
    expect(series(monthly, 'cadenceAdherence')).toEqual([100, null, null, 0, null]);
    expect(series(monthly, 'agendaCoverage')).toEqual([80, null, null, null, null]);
    expect(monthly.rows[0]?.reviewCoverage).toEqual([{ reviewId: 'q1', heldOn: '2026-03-31', coverage: 80 }]);
  });

  it('actions: raised, closed on time, overdue at period end, slips; corrective actions pending', () => {
    expect(series(monthly, 'actionsRaised')).toEqual([1, 2, 0, 0, 0]);
    expect(series(monthly, 'actionsClosed')).toEqual([0, 0, 1, 0, 0]);
    expect(series(monthly, 'actionsClosedOnTime')).toEqual([0, 0, 1, 0, 0]);
    expect(series(monthly, 'actionsClosedOnTimeRate')).toEqual([null, null, 100, null, null]);
    expect(series(monthly, 'actionsOverdueAtPeriodEnd')).toEqual([0, 0, 1, 2, 2]);
    expect(series(monthly, 'dueDateSlips')).toEqual([0, 1, 1, 0, 0]);
    expect(series(monthly, 'correctiveActionsPending')).toEqual([0, 1, 1, 1, 1]);
    expect(series(monthly, 'correctiveActionsVerified')).toEqual([0, 0, 0, 0, 0]);
  });

  it('nonconformities: opened and closed by severity and source, days to close, verified share', () => {
    const april = monthly.rows[1]!.values;
    expect(april.nonConformitiesOpened).toMatchObject({
      value: 2,
      breakdown: {
        bySeverity: { major: 1, minor: 1, observation: 0 },
        bySource: {
          internalAudit: 1,
          incident: 1,
          externalAudit: 0,
          monitoring: 0,
          managementReview: 0,
          selfIdentified: 0,
        },
      },
    });
    expect(april.nonConformitiesClosed).toMatchObject({ value: 1, breakdown: { bySeverity: { minor: 1 } } });
    expect(april.meanDaysToClose.value).toBe(15);
    expect(april.p90DaysToClose.value).toBe(15);
    expect(april.closedWithVerifiedEffectiveness.value).toBe(0);
    expect(series(monthly, 'recurrences')).toEqual([0, 0, 0, 0, 0]);
    expect(series(monthly, 'meanDaysToClose')).toEqual([null, 15, null, null, null]);
  });

  it('risks at period end: above appetite, untreated, residual exposure, expired acceptances', () => {
    expect(series(monthly, 'risksAboveAppetite')).toEqual([0, 1, 1, 1, 1]);
    expect(series(monthly, 'risksUntreated')).toEqual([0, 1, 1, 1, 1]);
    expect(series(monthly, 'residualExposure')).toEqual([6, 18, 18, 18, 18]);
    expect(series(monthly, 'acceptancesExpired')).toEqual([0, 0, 0, 0, 1]);
  });

  it('each value is compared with the period before, and the change read with the direction', () => {
    const march = monthly.rows[0]!.values;
    expect(march.residualExposure).toEqual({ value: 6, previous: 0, change: 6, trend: 'worse' });
    expect(march.reviewsHeld).toEqual({ value: 1, previous: 0, change: 1, trend: 'better' });
    expect(march.cadenceAdherence).toEqual({ value: 100, previous: null, change: null, trend: 'not-comparable' });
    expect(monthly.rows[3]!.values.actionsOverdueAtPeriodEnd).toEqual({
      value: 2,
      previous: 1,
      change: 1,
      trend: 'worse',
    });
    expect(monthly.rows[3]!.values.dueDateSlips).toEqual({ value: 0, previous: 1, change: -1, trend: 'better' });
    expect(monthly.rows[4]!.values.risksAboveAppetite.trend).toBe('unchanged');
  });

  it('quarters group the same facts, and a period after "now" is measured up to now', () => {
    const quarterly = computeKpis(state, {
      from: '2026-01-15',
      to: '2026-09-30',
      period: 'quarter',
      now: '2026-07-10',
    });
    expect(quarterly.rows.map((r) => [r.period, r.partial])).toEqual([
      ['2026-Q1', false],
      ['2026-Q2', false],
      ['2026-Q3', true],
    ]);
    expect(series(quarterly, 'cadenceAdherence')).toEqual([100, 0, null]);
    expect(quarterly.rows[1]!.values.cadenceAdherence.trend).toBe('worse');
    expect(series(quarterly, 'acceptancesExpired')).toEqual([0, 0, 0]);
    expect(series(quarterly, 'actionsRaised')).toEqual([1, 2, 0]);
  });

  it('every KPI has a definition, a unit and a direction', () => {
    expect(kpiDefinitions.map((k) => k.id)).toEqual([...kpiIds]);
    for (const k of kpiDefinitions) {
      expect(k.definition.length).toBeGreaterThan(20);
      expect(['higher-is-better', 'lower-is-better']).toContain(k.direction);
    }
  });

  it('a range that is not made of days is refused, naming the field', () => {
    expect(() => computeKpis(state, { from: 'last year', to: '2026-12-31', period: 'month' })).toThrow(/^from: /);
    expect(() => computeKpis(state, { from: '2026-12-31', to: '2026-01-01', period: 'month' })).toThrow(/^to: /);
    expect(() => computeKpis(state, { from: '2026-01-01', to: '2026-02-01', period: 'week' as never })).toThrow(
      /^period: /,
    );
  });
});
