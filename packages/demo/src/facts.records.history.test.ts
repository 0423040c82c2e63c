import { createManagementReview, type ManagementReviewEvent, meetsTarget, scoreRange } from '@mgmt-review/core';
import { type RecordedEvent, runOrThrow, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInMemoryDemoHistory } from './demoHistory.js';
import { demoFacts } from './facts.js';

let handles: ReturnType<ReturnType<typeof createManagementReview>['forTenant']>;
const events: RecordedEvent<ManagementReviewEvent>[] = [];
const records = demoFacts.records;

beforeAll(async () => {
  const history = await createInMemoryDemoHistory();
  handles = createManagementReview({
    store: history.store,
    clock: steppingClock('2030-01-01T00:00:00Z'),
    ids: sequentialIds('x'),
  }).forTenant(demoFacts.tenantId);
  // The demo writes the current schema of every event: what is stored is what the registry decodes.
  for await (const batch of history.tenant.readAll()) events.push(...(batch as RecordedEvent<ManagementReviewEvent>[]));
});

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the demo history holds the objectives and indicators it states (6.2, 9.1)', () => {
  it('measures security incidents monthly, lower being better, trending down, with one correction and one breach', async () => {
    const incidents = (await runOrThrow(handles.indicators.load(records.incidentIndicatorId))).state;
    expect(incidents).toMatchObject({ status: 'active', direction: 'lowerIsBetter', frequency: 'monthly' });
    const periods = Object.keys(incidents.measurements).sort();
    const values = periods.map((p) => incidents.measurements[p]?.value ?? Number.NaN);
    expect(periods.length).toBe(24);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(values.slice(-6))).toBeLessThan(mean(values.slice(0, 6)));
    const corrected = periods.filter((p) => (incidents.measurements[p]?.corrections ?? 0) > 0);
    const breached = periods.filter((p) => incidents.measurements[p]?.breach === true);
    expect(corrected).toHaveLength(1);
    expect(breached).toHaveLength(1);
    const mine = (list: readonly string[]) =>
      list.filter((m) => m.startsWith(`${records.incidentIndicatorId}/`)).map((m) => m.split('/')[1]);
    expect(corrected).toEqual(mine(records.correctedMeasurements));
    expect(breached).toEqual(mine(records.breaches));
  });

  it('has every indicator measured and analysed by different people, one value a period, every breach explained', async () => {
    let measurements = 0;
    const breaches: string[] = [];
    const corrections: string[] = [];
    for (const indicatorId of records.indicatorIds) {
      const indicator = (await runOrThrow(handles.indicators.load(indicatorId))).state;
      expect(indicator.measuredBy?.id, indicatorId).not.toBe(indicator.analysedBy?.id);
      expect(indicator.status, indicatorId).toBe(
        records.retiredIndicatorIds.includes(indicatorId) ? 'retired' : 'active',
      );
      for (const [period, m] of Object.entries(indicator.measurements)) {
        measurements += 1;
        if (m.breach) breaches.push(`${indicatorId}/${period}`);
        if (m.corrections > 0) corrections.push(`${indicatorId}/${period}`);
      }
      expect(sorted(indicator.analysedPeriods), indicatorId).toEqual(sorted(Object.keys(indicator.measurements)));
    }
    expect(measurements).toBe(records.measurements);
    expect(sorted(breaches)).toEqual(records.breaches);
    expect(sorted(corrections)).toEqual(records.correctedMeasurements);
    for (const e of events) {
      if (e.type === 'IndicatorPeriodAnalysed' && e.data.breach) expect(e.data.breachExplanation).toBeDefined();
      if (e.type === 'MeasurementRecorded') expect(e.metadata.actor.id).toBe(e.data.measuredBy);
    }
  });

  it('has each objective where it states, achieved ones on a measurement that meets the target as recorded then', async () => {
    for (const objectiveId of records.objectiveIds) {
      const objective = (await runOrThrow(handles.objectives.load(objectiveId))).state;
      expect(objective.status, objectiveId).toBe(records.objectiveStatuses[objectiveId]);
      expect(objective.revisions > 0, objectiveId).toBe(records.revisedObjectiveIds.includes(objectiveId));
      expect(objective.definition?.target === undefined, objectiveId).toBe(
        records.notMeasurableObjectiveIds.includes(objectiveId),
      );
    }
    expect(new Set(Object.values(records.objectiveStatuses))).toEqual(
      new Set(['set', 'achieved', 'missed', 'withdrawn']),
    );
    /** The value an indicator held for a period at an instant: the latest recorded or corrected one by then. */
    const valueAt = (indicatorId: string, period: string, instant: string) =>
      events
        .filter((e) => e.metadata.occurredAt <= instant)
        .flatMap((e) =>
          (e.type === 'MeasurementRecorded' || e.type === 'MeasurementCorrected') &&
          e.data.indicatorId === indicatorId &&
          e.data.period === period
            ? [e.data.value]
            : [],
        )
        .at(-1);
    const cited = events.flatMap((e) =>
      (e.type === 'ObjectiveAchieved' || e.type === 'ObjectiveMissed' || e.type === 'ObjectiveProgressEvaluated') &&
      e.data.measurement !== undefined
        ? [{ event: e, measurement: e.data.measurement }]
        : [],
    );
    expect(cited.length).toBeGreaterThan(10);
    for (const { event, measurement } of cited) {
      expect(valueAt(measurement.indicatorId, measurement.period, event.metadata.occurredAt), event.streamId).toBe(
        measurement.value,
      );
    }
    for (const e of events) {
      if (e.type !== 'ObjectiveAchieved') continue;
      const objective = (await runOrThrow(handles.objectives.load(e.data.objectiveId))).state;
      const target = objective.definition?.target;
      if (target === undefined) expect(e.data.evaluation).toBeDefined();
      else expect(meetsTarget(target.direction, target.value, e.data.measurement?.value ?? Number.NaN)).toBe(true);
    }
  });
});

describe('the demo history holds an internal and an external audit programme (9.2)', () => {
  it('performed the audits whose window has opened, and left the later one planned', async () => {
    const programmes = new Set<string>();
    for (const auditId of [...records.internalAuditIds, ...records.externalAuditIds]) {
      const audit = (await runOrThrow(handles.audits.load(auditId))).state;
      programmes.add(`${audit.kind}:${audit.programmeId}`);
      expect(audit.status, auditId).toBe(records.plannedAuditIds.includes(auditId) ? 'planned' : 'closed');
      // 9.2.2 c: the lead auditor owns no process in scope, and no finding is by the owner of its process.
      expect(audit.scope.map((p) => p.owner.id)).not.toContain(audit.leadAuditor?.id);
      for (const finding of audit.findings) {
        expect(audit.scope.find((p) => p.process === finding.process)?.owner.id).not.toBe(finding.auditorId);
      }
    }
    expect(programmes.size).toBe(2);
    expect(records.performedAuditIds.length + records.plannedAuditIds.length).toBe(
      records.internalAuditIds.length + records.externalAuditIds.length,
    );
    const kinds = new Set(events.flatMap((e) => (e.type === 'AuditFindingRecorded' ? [e.data.kind] : [])));
    expect(kinds).toEqual(new Set(['conformity', 'nonconformity', 'observation', 'opportunity']));
  });

  it('raised its audit nonconformities as the findings of their audits, each naming the other', () => {
    const raisedFromAudits = events.flatMap((e) =>
      e.type === 'NonConformityRaised' && (e.data.source === 'internalAudit' || e.data.source === 'externalAudit')
        ? [e.data]
        : [],
    );
    const named = events.flatMap((e) =>
      e.type === 'AuditFindingRecorded' && e.data.kind === 'nonconformity' ? [e.data] : [],
    );
    expect(raisedFromAudits.length).toBeGreaterThan(0);
    expect(Object.fromEntries(raisedFromAudits.map((nc) => [nc.nonConformityId, nc.auditId]))).toEqual(
      records.auditOfNonConformity,
    );
    expect(Object.fromEntries(named.map((f) => [f.nonConformityId, f.auditId]))).toEqual(records.auditOfNonConformity);
  });
});

describe('the demo history holds the context, interested parties, consultations and improvements it states', () => {
  it('has the context issues with their changes and retirement, and the climate decision of every review held', async () => {
    for (const contextIssueId of records.contextIssueIds) {
      const issue = (await runOrThrow(handles.contextIssues.load(contextIssueId))).state;
      expect(issue.status, contextIssueId).toBe(
        records.retiredContextIssueIds.includes(contextIssueId) ? 'retired' : 'current',
      );
      expect(issue.changes > 0, contextIssueId).toBe(records.changedContextIssueIds.includes(contextIssueId));
    }
    const kinds = new Set(events.flatMap((e) => (e.type === 'ContextIssueRaised' ? [e.data.kind] : [])));
    expect(kinds).toEqual(new Set(['internal', 'external']));
    const climate = (await runOrThrow(handles.contextIssues.load('climate'))).state;
    expect(Object.fromEntries(climate.climateDecisions.map((d) => [d.reviewId, d.relevant]))).toEqual(
      records.climateRelevance,
    );
    expect(sorted(climate.climateDecisions.map((d) => d.reviewId))).toEqual(sorted(demoFacts.heldReviewIds));
  });

  it('has the major customer’s confidentiality requirement addressed through a policy, a climate-related and a withdrawn requirement', async () => {
    const { interestedPartyId, requirementId } = records.confidentialityRequirement;
    const customer = (await runOrThrow(handles.interestedParties.load(interestedPartyId))).state;
    expect(customer.kind).toBe('customer');
    const confidentiality = customer.requirements.find((r) => r.requirementId === requirementId);
    expect(confidentiality?.revision).toBeGreaterThan(1);
    expect(confidentiality?.addressedBy?.map((a) => a.kind)).toContain('policy');
    // New when it came: recorded as not addressed yet, and addressed once the policy changed.
    const first = events.find((e) => e.type === 'RequirementRecorded' && e.data.requirementId === requirementId);
    expect(first?.type === 'RequirementRecorded' && first.data.notAddressedReason).toBeTruthy();
    const requirements = [];
    for (const id of records.interestedPartyIds) {
      requirements.push(...(await runOrThrow(handles.interestedParties.load(id))).state.requirements);
    }
    expect(sorted(requirements.filter((r) => r.climateRelated).map((r) => r.requirementId))).toEqual(
      records.climateRelatedRequirementIds,
    );
    expect(sorted(requirements.filter((r) => r.status === 'withdrawn').map((r) => r.requirementId))).toEqual(
      records.withdrawnRequirementIds,
    );
    expect(records.climateRelatedRequirementIds.length).toBeGreaterThan(0);
    expect(records.withdrawnRequirementIds.length).toBeGreaterThan(0);
  });

  it('has the surveys scored with their response rates, and each item linked, reasoned or pending as it states', async () => {
    const linked: string[] = [];
    const reasoned: string[] = [];
    const pending: string[] = [];
    const channels = new Set<string>();
    const feedbackKinds = new Set<string>();
    const linkKinds = new Set<string>();
    for (const consultationId of records.consultationIds) {
      const consultation = (await runOrThrow(handles.consultations.load(consultationId))).state;
      channels.add(consultation.channel ?? '');
      if (records.surveyIds.includes(consultationId)) {
        const { min, max } = scoreRange.satisfaction;
        expect(consultation.scale).toBe('satisfaction');
        expect(consultation.results?.score).toBeGreaterThanOrEqual(min);
        expect(consultation.results?.score).toBeLessThanOrEqual(max);
        expect(consultation.results?.responseRate).toBeGreaterThan(0);
      }
      for (const item of consultation.items) {
        if (item.kind !== undefined) feedbackKinds.add(item.kind);
        for (const link of item.links) linkKinds.add(link.to);
        if (item.links.length > 0) linked.push(item.itemId);
        else if (item.reasonNotActedOn !== undefined) reasoned.push(item.itemId);
        else pending.push(item.itemId);
      }
    }
    expect(channels).toEqual(new Set(['survey', 'interview', 'poll']));
    expect(feedbackKinds).toEqual(new Set(['praise', 'complaint', 'request', 'concern']));
    expect(linkKinds).toEqual(new Set(['reviewDecision', 'action', 'requirementChange', 'objective']));
    expect(sorted(linked)).toEqual(records.linkedItemIds);
    expect(sorted(reasoned)).toEqual(records.reasonedItemIds);
    expect(sorted(pending)).toEqual(records.pendingItemIds);
    expect(linked.length).toBeGreaterThan(reasoned.length + pending.length);
  });

  it('has the improvement log, the automation of security tasks adopted by a review decision that calls for its action', async () => {
    for (const opportunityId of records.improvementIds) {
      const opportunity = (await runOrThrow(handles.improvements.load(opportunityId))).state;
      expect(opportunity.status, opportunityId).toBe(records.improvementStatuses[opportunityId]);
    }
    expect(new Set(Object.values(records.improvementStatuses))).toEqual(
      new Set(['closed', 'deferred', 'rejected', 'evaluated', 'logged']),
    );
    expect(records.adoptedOpportunities.length).toBeGreaterThan(0);
    for (const adopted of records.adoptedOpportunities) {
      const opportunity = (await runOrThrow(handles.improvements.load(adopted.opportunityId))).state;
      const { reviewId, decisionId, actionIds } = adopted;
      expect(opportunity).toMatchObject({ closedAs: 'realised', adoption: { reviewId, decisionId, actionIds } });
      const review = (await runOrThrow(handles.reviews.load(adopted.reviewId))).state;
      const decision = review.decisions.find((d) => d.decisionId === adopted.decisionId);
      expect(decision?.actionIds).toEqual(expect.arrayContaining([...adopted.actionIds]));
    }
  });
});
