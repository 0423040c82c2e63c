import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditProgramme, indicatorSeries, objectiveRegister, type ViewsState, viewsProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const now = demoFacts.now;
const facts = demoFacts.records;
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the objective register, indicator series and audit programme of the demo history, checked against the facts it states', () => {
  let state: ViewsState;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    state = await replay(tenant, registry, viewsProjection);
  });

  it('the objective register holds every objective at the status the story ends it at, the revised ones counted', () => {
    const rows = objectiveRegister(state, { now });
    expect(Object.fromEntries(rows.map((r) => [r.objectiveId, r.status]))).toEqual(facts.objectiveStatuses);
    expect(sorted(rows.filter((r) => r.revisions > 0).map((r) => r.objectiveId))).toEqual(facts.revisedObjectiveIds);
    expect(sorted(rows.filter((r) => r.target === undefined).map((r) => r.objectiveId))).toEqual(
      facts.notMeasurableObjectiveIds,
    );
  });

  it('the indicator series count every period measured once, with the corrections and breaches the story has', () => {
    const series = indicatorSeries(state, { now, from: '2000-01-01' });
    expect(sorted(series.map((s) => s.indicatorId))).toEqual(sorted(facts.indicatorIds));
    expect(series.reduce((n, s) => n + s.values.length, 0)).toBe(facts.measurements);
    const where = (keep: (v: (typeof series)[number]['values'][number]) => boolean) =>
      sorted(series.flatMap((s) => s.values.filter(keep).map((v) => `${s.indicatorId}/${v.period}`)));
    expect(where((v) => v.corrections.length > 0)).toEqual(facts.correctedMeasurements);
    expect(where((v) => v.breach)).toEqual(facts.breaches);
    expect(sorted(series.filter((s) => s.status === 'retired').map((s) => s.indicatorId))).toEqual(
      facts.retiredIndicatorIds,
    );
  });

  it('"security incidents per month" trends down, lower being better, with its breach in the text trend', () => {
    const [incidents] = indicatorSeries(state, { now, indicatorId: facts.incidentIndicatorId, from: '2000-01-01' });
    expect(incidents?.direction).toBe('lowerIsBetter');
    expect(incidents?.trend.direction).toBe('improving');
    expect(incidents?.textTrend).toMatch(/ improving, 1 breach in \d+ periods$/);
  });

  it('the audit programme shows the internal and external audits, the performed ones, and the nonconformities each found', () => {
    const programme = auditProgramme(state, { now });
    const byKind = (kind: string) => sorted(programme.audits.filter((a) => a.kind === kind).map((a) => a.auditId));
    expect(byKind('internal')).toEqual(sorted(facts.internalAuditIds));
    expect(byKind('external')).toEqual(sorted(facts.externalAuditIds));
    expect(sorted(programme.audits.filter((a) => a.performance !== 'notPerformed').map((a) => a.auditId))).toEqual(
      sorted(facts.performedAuditIds),
    );
    const found = Object.fromEntries(
      programme.audits.flatMap((a) => a.nonConformityIds.map((nc) => [nc, a.auditId] as const)),
    );
    expect(found).toEqual(facts.auditOfNonConformity);
  });
});
