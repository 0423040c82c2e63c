import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, type KpiId, type KpiReport, kpiProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const records = demoFacts.records;

const total = (report: KpiReport, id: KpiId) => report.rows.reduce((sum, row) => sum + (row.values[id].value ?? 0), 0);
const countOf = (statuses: Readonly<Record<string, string>>, status: string) =>
  Object.values(statuses).filter((s) => s === status).length;

/**
 * The KPIs of the records over the whole demo story, by quarter up to its last day, checked
 * against the facts the demo derives from its own plans.
 */
describe('KPIs of the records a review rests on, over the two-year demo history', () => {
  let report: KpiReport;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    const state = await replay(tenant, registry, kpiProjection);
    report = computeKpis(state, { from: '2023-01-01', to: demoFacts.today, period: 'quarter', now: demoFacts.today });
  });

  it('counts each breach of the story once, with the value that stands after corrections', () => {
    expect(total(report, 'indicatorBreaches')).toBe(records.breaches.length);
    const byIndicator: Record<string, number> = {};
    for (const row of report.rows) {
      for (const [id, n] of Object.entries(row.values.indicatorBreaches.breakdown?.byIndicator ?? {})) {
        byIndicator[id] = (byIndicator[id] ?? 0) + n;
      }
    }
    const expected: Record<string, number> = {};
    for (const breach of records.breaches) {
      const id = breach.split('/')[0]!;
      expected[id] = (expected[id] ?? 0) + 1;
    }
    expect(byIndicator).toEqual(expected);
  });

  it('gives every indicator its series, each measured period once, the corrected ones marked', () => {
    expect(report.indicators.map((s) => s.indicatorId)).toEqual([...records.indicatorIds].sort());
    const measurements = report.indicators.flatMap((s) =>
      s.rows.flatMap((r) =>
        r.measurements.map((m) => ({ key: `${s.indicatorId}/${m.period}`, corrected: m.corrected })),
      ),
    );
    expect(new Set(measurements.map((m) => m.key)).size).toBe(measurements.length);
    expect(
      measurements
        .filter((m) => m.corrected)
        .map((m) => m.key)
        .sort(),
    ).toEqual(records.correctedMeasurements);
    expect(report.indicators.filter((s) => s.status === 'retired').map((s) => s.indicatorId)).toEqual(
      records.retiredIndicatorIds,
    );
  });

  it('counts the objectives achieved and missed, and the opportunities adopted, once each over the story', () => {
    expect(total(report, 'objectivesAchieved')).toBe(countOf(records.objectiveStatuses, 'achieved'));
    expect(total(report, 'objectivesMissed')).toBe(countOf(records.objectiveStatuses, 'missed'));
    expect(total(report, 'opportunitiesAdopted')).toBe(records.adoptedOpportunities.length);
    expect(total(report, 'opportunitiesLogged')).toBe(records.improvementIds.length);
  });

  it('at the end of the story, the open objectives are those still set', () => {
    const last = report.rows.at(-1)!.values.objectivesOnTrack;
    const open = Object.values(last.breakdown?.byProgress ?? {}).reduce((sum, n) => sum + n, 0);
    expect(open).toBe(countOf(records.objectiveStatuses, 'set'));
  });
});
