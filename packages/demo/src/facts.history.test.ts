import { createManagementReview, isOverdue } from '@mgmt-review/core';
import { categoryOf, runOrThrow, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInMemoryDemoHistory, type InMemoryDemoHistory } from './demoHistory.js';
import { demoFacts } from './facts.js';

let history: InMemoryDemoHistory;
let handles: ReturnType<ReturnType<typeof createManagementReview>['forTenant']>;
const streams = new Map<string, number>();

beforeAll(async () => {
  history = await createInMemoryDemoHistory();
  handles = createManagementReview({
    store: history.store,
    clock: steppingClock('2030-01-01T00:00:00Z'),
    ids: sequentialIds('x'),
  }).forTenant(demoFacts.tenantId);
  for await (const batch of history.tenant.readAll()) {
    for (const event of batch) streams.set(event.streamId, event.streamVersion);
  }
});

const count = (category: string) => [...streams.keys()].filter((id) => categoryOf(id) === category).length;

describe('the facts the demo states hold in the history it writes', () => {
  it('has the stated number of reviews, actions, nonconformities and risks', () => {
    expect(count('review')).toBe(demoFacts.counts.reviews);
    expect(count('action')).toBe(demoFacts.counts.actions);
    expect(count('nonconformity')).toBe(demoFacts.counts.nonConformities);
    expect(count('risk')).toBe(demoFacts.counts.risks);
    expect(demoFacts.counts).toMatchObject({ heldReviews: 9, quarterlyReviews: 8, annualInDepthReviews: 1 });
    expect(demoFacts.counts.nonConformities).toBe(15);
    expect(demoFacts.counts.risks).toBe(40);
  });

  it('has the stated number of objectives, indicators, audits, issues, parties, consultations and opportunities', () => {
    const records = demoFacts.records;
    expect(count('objective')).toBe(records.objectiveIds.length);
    expect(count('indicator')).toBe(records.indicatorIds.length);
    expect(count('audit')).toBe(records.internalAuditIds.length + records.externalAuditIds.length);
    // One stream per context issue, and context-climate for the climate decisions.
    expect(count('context')).toBe(records.contextIssueIds.length + 1);
    expect(count('interestedparty')).toBe(records.interestedPartyIds.length);
    expect(count('consultation')).toBe(records.consultationIds.length);
    expect(count('improvement')).toBe(records.improvementIds.length);
    expect(records.objectiveIds.length).toBeGreaterThanOrEqual(6);
    expect(records.objectiveIds.length).toBeLessThanOrEqual(8);
    expect(records.indicatorIds.length).toBe(10);
    expect(records.interestedPartyIds.length).toBeGreaterThanOrEqual(8);
    expect(records.interestedPartyIds.length).toBeLessThanOrEqual(10);
  });

  it('closed every held review, each naming the one before, and planned the next one after the end', async () => {
    let previous: string | undefined;
    for (const reviewId of demoFacts.heldReviewIds) {
      const review = (await runOrThrow(handles.reviews.load(reviewId))).state;
      expect(review.status, reviewId).toBe('closed');
      expect(review.previousReviewId).toBe(previous);
      previous = reviewId;
    }
    const days: string[] = [];
    for (const reviewId of demoFacts.heldReviewIds) {
      days.push((await runOrThrow(handles.reviews.load(reviewId))).state.meetingDay ?? '');
    }
    expect(days).toEqual(demoFacts.meetingDays);
    const next = (await runOrThrow(handles.reviews.load(demoFacts.nextReviewId))).state;
    expect(next.status).toBe('scheduled');
    expect(next.plannedDate).toBe(demoFacts.nextReviewPlannedDate);
    expect(next.plannedDate > demoFacts.today).toBe(true);
  });

  it('has the overdue, slipped, reopened, waiting and cancelled actions it names', async () => {
    const overdue: string[] = [];
    for (const streamId of streams.keys()) {
      if (categoryOf(streamId) !== 'action') continue;
      const action = (await runOrThrow(handles.actions.load(streamId.slice('action-'.length)))).state;
      if (isOverdue(action, demoFacts.today)) overdue.push(action.actionId);
      expect(action.dueDateChanges > 0, action.actionId).toBe(demoFacts.slippedActionIds.includes(action.actionId));
      if (demoFacts.awaitingVerificationActionIds.includes(action.actionId)) expect(action.status).toBe('completed');
      if (demoFacts.cancelledActionIds.includes(action.actionId)) expect(action.status).toBe('cancelled');
    }
    expect(overdue.sort()).toEqual(demoFacts.overdueActionIds);
    expect(demoFacts.overdueActionIds.length).toBeGreaterThan(0);
    const ineffective = (await runOrThrow(handles.actions.load(demoFacts.ineffectiveActionId))).state;
    expect(ineffective).toMatchObject({ status: 'closed', reopened: 1 });
  });

  it('has nonconformities at every 10.2 step, the closed ones verified, one reopened', async () => {
    for (const [nonConformityId, stage] of Object.entries(demoFacts.nonConformityStages)) {
      const nc = (await runOrThrow(handles.nonConformities.load(nonConformityId))).state;
      const closed = demoFacts.closedNonConformityIds.includes(nonConformityId);
      expect(nc.status === 'closed', nonConformityId).toBe(closed);
      if (stage === 'closed') expect(nc.effectivenessVerified).toBe(true);
      if (stage === 'closedWithoutAction') expect(nc.noCorrectiveActionJustified).toBe(true);
      if (stage === 'implemented') expect(nc).toMatchObject({ implemented: true, effectivenessVerified: false });
      if (stage === 'rootCause') expect(nc).toMatchObject({ rootCauseRecorded: true, plannedActions: [] });
    }
    const reopened = (await runOrThrow(handles.nonConformities.load(demoFacts.reopenedNonConformityId))).state;
    expect(reopened).toMatchObject({ status: 'open', reopened: 1 });
    expect(new Set(Object.values(demoFacts.nonConformityStages)).size).toBe(9);
  });

  it('has the expired acceptances, the exception, the renewals and the retirement it names', async () => {
    for (const riskId of demoFacts.expiredAcceptanceRiskIds) {
      const risk = (await runOrThrow(handles.risks.load(riskId))).state;
      expect(risk.stage, riskId).toBe('accepted');
      expect(risk.acceptance!.expiresOn < demoFacts.today, riskId).toBe(true);
    }
    expect(demoFacts.expiredAcceptanceRiskIds.length).toBeGreaterThanOrEqual(3);
    for (const riskId of demoFacts.exceptionRiskIds) {
      const risk = (await runOrThrow(handles.risks.load(riskId))).state;
      expect(risk.acceptance).toMatchObject({ aboveAppetite: true });
    }
    for (const riskId of demoFacts.renewedRiskIds) {
      const risk = (await runOrThrow(handles.risks.load(riskId))).state;
      expect(risk.acceptance!.expiresOn > demoFacts.today, riskId).toBe(true);
    }
    for (const riskId of demoFacts.retiredRiskIds) {
      expect((await runOrThrow(handles.risks.load(riskId))).state.stage).toBe('retired');
    }
    for (const riskId of demoFacts.unapprovedTreatmentRiskIds) {
      expect((await runOrThrow(handles.risks.load(riskId))).state.stage).toBe('treatmentDecided');
    }
  });

  it('starts at its stated start and ends at its stated now: no event happens after it', async () => {
    let first = '';
    let last = '';
    for await (const batch of history.tenant.readAll()) {
      for (const event of batch) {
        if (first === '') first = event.metadata.occurredAt;
        if (event.metadata.occurredAt > last) last = event.metadata.occurredAt;
      }
    }
    expect(first).toBe(demoFacts.startsAt);
    expect(Date.parse(last)).toBeLessThanOrEqual(Date.parse(demoFacts.now));
    expect(last.slice(0, 7)).toBe('2026-09');
  });
});
