import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionRegister,
  calendar,
  followUps,
  nonConformityRegister,
  reviewBoard,
  riskRegister,
  type ViewsState,
  viewsProjection,
} from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const now = demoFacts.now;
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The step of 10.2 the views show for each stage the demo's plans name. */
const stepOfStage: Readonly<Record<string, string>> = {
  raised: 'raised',
  corrected: 'corrected',
  rootCause: 'causeAnalysed',
  planned: 'actionsPlanned',
  implemented: 'implemented',
  verified: 'effectivenessVerified',
  closed: 'closed',
  closedWithoutAction: 'closed',
};

describe('views of the two-year demo history, checked against the facts it states', () => {
  let state: ViewsState;
  beforeAll(async () => {
    const { tenant } = await createInMemoryDemoHistory();
    state = await replay(tenant, registry, viewsProjection);
  });

  it('the review board holds every review, the held ones closed on their meeting days, the next one scheduled', () => {
    const board = reviewBoard(state, { now });
    expect(board.map((r) => r.reviewId)).toEqual(demoFacts.reviewIds);
    const held = board.filter((r) => r.heldOn !== undefined);
    expect(held.map((r) => r.reviewId)).toEqual(demoFacts.heldReviewIds);
    expect(held.map((r) => r.heldOn)).toEqual(demoFacts.meetingDays);
    for (const r of held) {
      expect(r, r.reviewId).toMatchObject({ status: 'closed', minutes: 'approved', agenda: { notAddressed: [] } });
      expect(r.agenda.notCovered, r.reviewId).toEqual(demoFacts.inputsNotCovered[r.reviewId] ?? []);
      expect(r.agenda.coverage).toBeCloseTo(1 - r.agenda.notCovered.length / r.agenda.inputs.length);
    }
    expect(board.find((r) => r.reviewId === demoFacts.annualReviewId)?.kind).toBe('annualInDepth');
    // The review after the longer gap was planned within the cadence, then rescheduled: held late.
    const from = board.find((r) => r.reviewId === demoFacts.longerGap.fromReviewId)!;
    const late = board.find((r) => r.reviewId === demoFacts.longerGap.toReviewId)!;
    expect(late).toMatchObject({ reschedules: 1, heldOnTime: false, previousReviewId: from.reviewId });
    expect((Date.parse(late.heldOn!) - Date.parse(from.heldOn!)) / 86_400_000).toBe(demoFacts.longerGap.days);
    expect(held.filter((r) => r.heldOnTime === false).map((r) => r.reviewId)).toEqual([late.reviewId]);
    const last = board.find((r) => r.reviewId === demoFacts.lastHeldReviewId)!;
    expect(last.decisions.map((d) => d.decisionId)).toEqual(demoFacts.lastDecisionIds);
    expect(last.decisions.map((d) => d.kind)).toEqual(demoFacts.lastDecisionKinds);
    expect(last.decisions.flatMap((d) => d.actionIds)).toEqual(demoFacts.lastDecisionActionIds);
    const next = board.find((r) => r.reviewId === demoFacts.nextReviewId)!;
    expect(next).toMatchObject({ status: 'scheduled', plannedDate: demoFacts.nextReviewPlannedDate, overdue: false });
  });

  it('the action register shows the overdue, slipped, waiting and cancelled actions', () => {
    const actions = actionRegister(state, { now });
    expect(actions).toHaveLength(demoFacts.counts.actions);
    expect(sorted(actions.filter((a) => a.overdue).map((a) => a.actionId))).toEqual(demoFacts.overdueActionIds);
    expect(sorted(actionRegister(state, { now, overdueOnly: true }).map((a) => a.actionId))).toEqual(
      demoFacts.overdueActionIds,
    );
    expect(sorted(actions.filter((a) => a.dueDateChanges > 0).map((a) => a.actionId))).toEqual(
      demoFacts.slippedActionIds,
    );
    expect(sorted(actions.filter((a) => a.status === 'completed').map((a) => a.actionId))).toEqual(
      demoFacts.awaitingVerificationActionIds,
    );
    expect(sorted(actions.filter((a) => a.status === 'cancelled').map((a) => a.actionId))).toEqual(
      demoFacts.cancelledActionIds,
    );
    expect(actions.find((a) => a.actionId === demoFacts.ineffectiveActionId)?.reopened).toBe(1);
    for (const a of actions.filter((row) => row.overdue)) {
      expect(a.daysOverdue, a.actionId).toBeGreaterThan(0);
      expect(a.overdueBucket).not.toBe('notOverdue');
    }
  });

  it('the nonconformity register shows each one at the step of 10.2 the story took it to', () => {
    const rows = nonConformityRegister(state, { now });
    expect(rows).toHaveLength(demoFacts.counts.nonConformities);
    for (const row of rows) {
      const stage = demoFacts.nonConformityStages[row.nonConformityId]!;
      if (stage === 'reopened') expect(row.reopened, row.nonConformityId).toBe(1);
      else expect(row.step, row.nonConformityId).toBe(stepOfStage[stage]);
      if (stage === 'closedWithoutAction') expect(row.steps.correctiveAction).toBe('notNeeded');
    }
    expect(sorted(rows.filter((r) => r.status === 'closed').map((r) => r.nonConformityId))).toEqual(
      demoFacts.closedNonConformityIds,
    );
    for (const row of rows) {
      for (const linked of row.linkedActions) {
        if (linked.currentCycle) expect(linked.status, linked.actionId).not.toBe('unknown');
      }
    }
  });

  it('the risk register shows expired acceptances, the exception, renewals, and plans awaiting approval', () => {
    const risks = riskRegister(state, { now, includeRetired: true });
    expect(risks).toHaveLength(demoFacts.counts.risks);
    expect(sorted(risks.filter((r) => r.needsReassessment).map((r) => r.riskId))).toEqual(
      demoFacts.expiredAcceptanceRiskIds,
    );
    expect(sorted(risks.filter((r) => r.acceptance?.aboveAppetite === true).map((r) => r.riskId))).toEqual(
      demoFacts.exceptionRiskIds,
    );
    for (const riskId of demoFacts.renewedRiskIds) {
      expect(
        risks.find((r) => r.riskId === riskId),
        riskId,
      ).toMatchObject({ stage: 'accepted', reassessments: 1 });
    }
    expect(sorted(risks.filter((r) => r.stage === 'retired').map((r) => r.riskId))).toEqual(demoFacts.retiredRiskIds);
    expect(sorted(risks.filter((r) => r.stage === 'treatmentDecided').map((r) => r.riskId))).toEqual(
      demoFacts.unapprovedTreatmentRiskIds,
    );
    expect(sorted(risks.filter((r) => r.stage === 'residualAssessed').map((r) => r.riskId))).toEqual(
      demoFacts.unacceptedResidualRiskIds,
    );
    expect(riskRegister(state, { now }).some((r) => r.stage === 'retired')).toBe(false);
  });

  it('follow-ups and the calendar at the end of the story agree with the registers', () => {
    const notices = followUps(state, { now, horizon: 30 });
    expect(sorted(notices.filter((n) => n.kind === 'actionOverdue').map((n) => n.subjectId))).toEqual(
      demoFacts.overdueActionIds,
    );
    expect(sorted(notices.filter((n) => n.kind === 'acceptanceExpired').map((n) => n.subjectId))).toEqual(
      demoFacts.expiredAcceptanceRiskIds,
    );
    expect(new Set(notices.map((n) => n.key)).size).toBe(notices.length);
    expect(notices.some((n) => n.kind === 'nextReviewMissing')).toBe(false);
    const { pastDue } = calendar(state, { now, horizon: 30 });
    expect(sorted(pastDue.filter((e) => e.kind === 'actionDue').map((e) => e.subjectId))).toEqual(
      demoFacts.overdueActionIds,
    );
    const nextReview = calendar(state, { now }).upcoming.find((e) => e.kind === 'review');
    expect(nextReview).toMatchObject({ subjectId: demoFacts.nextReviewId, date: demoFacts.nextReviewPlannedDate });
  });
});
