import { it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { historySteps, writeHistory } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { computeKpis, type KpiId, kpiProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/** KPIs that count what happened in a period: a quarter's count is the sum of its months'. */
const flows: readonly KpiId[] = [
  'reviewsPlanned',
  'reviewsHeld',
  'reviewsHeldOnTime',
  'actionsRaised',
  'actionsClosed',
  'actionsClosedOnTime',
  'dueDateSlips',
  'nonConformitiesOpened',
  'nonConformitiesClosed',
  'recurrences',
  'correctiveActionsVerified',
];

/** KPIs that count what stands at period end: a quarter's value is its last month's. */
const stocks: readonly KpiId[] = [
  'actionsOverdueAtPeriodEnd',
  'correctiveActionsPending',
  'risksAboveAppetite',
  'risksUntreated',
  'residualExposure',
  'acceptancesExpired',
];

describe('KPIs by month and by quarter', () => {
  it.prop([historySteps()], { numRuns: 40 })(
    "a quarter's flows are the sums of its months', and its stocks are its last month's",
    async (steps) => {
      const { tenant } = await writeHistory(steps);
      const state = await replay(tenant, registry, kpiProjection);
      const range = { from: '2026-01-01', to: '2027-12-31' };
      const months = computeKpis(state, { ...range, period: 'month' }).rows;
      const quarters = computeKpis(state, { ...range, period: 'quarter' }).rows;
      quarters.forEach((quarter, q) => {
        const inQuarter = months.slice(q * 3, q * 3 + 3);
        expect(inQuarter.map((m) => m.start)[0]).toBe(quarter.start);
        for (const id of flows) {
          expect(quarter.values[id].value, `${id} ${quarter.period}`).toBe(
            inQuarter.reduce((sum, m) => sum + (m.values[id].value ?? 0), 0),
          );
        }
        for (const id of stocks) {
          expect(quarter.values[id].value, `${id} ${quarter.period}`).toBe(inQuarter[2]!.values[id].value);
        }
        const breakdown = quarter.values.nonConformitiesOpened.breakdown?.bySeverity ?? {};
        expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(quarter.values.nonConformitiesOpened.value);
      });
    },
  );
});
