import { it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { historySteps, writeHistory } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { computeKpis, type KpiId, type KpiState, kpiProjection } from './index.js';
import { createRecordsHistory } from './testing/recordsHistory.js';
import { recordsHistorySteps } from './testing/recordsSteps.js';

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
  'indicatorBreaches',
  'auditsPlanned',
  'objectivesAchieved',
  'objectivesMissed',
  'opportunitiesLogged',
  'opportunitiesAdopted',
  'opportunitiesRealised',
];

/** KPIs that count what stands at period end: a quarter's value is its last month's. */
const stocks: readonly KpiId[] = [
  'actionsOverdueAtPeriodEnd',
  'correctiveActionsPending',
  'risksAboveAppetite',
  'risksUntreated',
  'residualExposure',
  'acceptancesExpired',
  'objectivesOnTrack',
  'objectivesOnTrackRate',
  'feedbackTakenIntoAccount',
];

/** A quarter's flows are the sums of its months', its stocks its last month's, its indicator periods its months'. */
const checkQuarters = (state: KpiState) => {
  const range = { from: '2026-01-01', to: '2027-12-31' };
  const monthly = computeKpis(state, { ...range, period: 'month' });
  const quarterly = computeKpis(state, { ...range, period: 'quarter' });
  const months = monthly.rows;
  quarterly.rows.forEach((quarter, q) => {
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
    quarterly.indicators.forEach((series, i) => {
      expect(series.rows[q]!.measurements).toEqual(
        monthly.indicators[i]!.rows.slice(q * 3, q * 3 + 3).flatMap((m) => m.measurements),
      );
    });
  });
};

describe('KPIs by month and by quarter', () => {
  it.prop([historySteps()], { numRuns: 40 })(
    "a quarter's flows are the sums of its months', and its stocks are its last month's",
    async (steps) => {
      const { tenant } = await writeHistory(steps);
      checkQuarters(await replay(tenant, registry, kpiProjection));
    },
  );

  it.prop([recordsHistorySteps()], { numRuns: propertyRuns(30) })(
    "over the records a review rests on: a quarter's flows are the sums of its months', its stocks its last month's, and its indicator periods its months'",
    async (commands) => {
      const history = createRecordsHistory();
      for (const command of commands) await history.attempt(command);
      checkQuarters(await history.kpis());
    },
  );
});
