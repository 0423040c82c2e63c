import { createInMemoryDemoHistory, demoFacts, type InMemoryDemoHistory } from '@mgmt-review/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import type { AuditResultsDetails } from './answers/auditResultsConsidered.js';
import type { ClimateDecidedDetails } from './answers/climateDecided.js';
import type { CorrectiveActionsDetails } from './answers/correctiveActionsVerified.js';
import type { DecisionKindsDetails } from './answers/improvementAndChangeDecisions.js';
import type { ImprovementLogDetails } from './answers/improvementLog.js';
import type { InputsCoveredDetails } from './answers/inputsCovered.js';
import type { MinutesKeptDetails } from './answers/minutesKept.js';
import type { NextMeetingDetails } from './answers/nextMeeting.js';
import type { ObjectivesMonitoredDetails } from './answers/objectivesMonitored.js';
import type { PlannedIntervalsDetails } from './answers/plannedIntervals.js';
import type { RiskTreatmentDetails } from './answers/riskTreatmentAndAcceptance.js';
import type { StakeholdersDetails } from './answers/stakeholdersConsulted.js';
import { askAuditor, askLastDecisions } from './ask.js';
import type { LastDecisions } from './lastDecisions.js';
import { questionIds } from './questions.js';

let history: InMemoryDemoHistory;
let answers: Map<string, AuditorAnswer>;
const atEnd = { asOf: { recordedAt: demoFacts.now } };

beforeAll(async () => {
  history = await createInMemoryDemoHistory();
  answers = new Map((await askAuditor(history.tenant, 'all', atEnd)).map((a) => [a.questionId, a]));
});

const answer = <D>(id: string) => answers.get(id) as AuditorAnswer<D>;
const cites = (a: AuditorAnswer, streamId: string, type: string) =>
  a.evidence.some((e) => e.streamId === streamId && e.type === type);
const intersect = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).sort();

describe('the auditor over the demo history, at its end', () => {
  it('answers every question, in order, each with a sentence and evidence', () => {
    expect([...answers.keys()]).toEqual(questionIds);
    for (const a of answers.values()) {
      expect(a.sentence.length, a.questionId).toBeGreaterThan(20);
      expect(a.evidence.length, a.questionId).toBeGreaterThan(0);
      expect(a.now).toBe(demoFacts.now);
    }
  });

  it('1: the minutes of the last meeting are kept, citing the chair’s approval', () => {
    const a = answer<MinutesKeptDetails>('minutes-kept');
    expect(a.verdict).toBe('yes');
    expect(a.details).toMatchObject({ reviewId: demoFacts.lastHeldReviewId, approvedBy: 'u-ceo', pending: undefined });
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'MinutesApproved')).toBe(true);
  });

  it('2: the last decisions are those of the last review held, with their actions and one overdue', () => {
    const a = answer<LastDecisions>('last-decisions');
    expect(a.verdict).toBe('yes');
    expect(a.details.reviewId).toBe(demoFacts.lastHeldReviewId);
    expect(a.details.decisions.map((d) => d.decisionId)).toEqual(demoFacts.lastDecisionIds);
    expect(a.details.decisions.map((d) => d.kind)).toEqual(demoFacts.lastDecisionKinds);
    const actions = a.details.decisions.flatMap((d) => d.actions);
    expect(actions.map((x) => x.actionId)).toEqual(demoFacts.lastDecisionActionIds);
    expect(actions.filter((x) => x.overdue).map((x) => x.actionId)).toEqual(
      intersect(demoFacts.overdueActionIds, demoFacts.lastDecisionActionIds),
    );
    expect(a.sentence).toContain('1 overdue');
  });

  it('3: corrective actions are partly implemented and verified; the overdue one is named', () => {
    const a = answer<CorrectiveActionsDetails>('corrective-actions-verified');
    expect(a.verdict).toBe('partial');
    const correctiveIds = Object.keys(demoFacts.correctiveActionCompletion);
    const overdue = a.details.actions.filter((x) => x.overdue).map((x) => x.actionId);
    expect(overdue.sort()).toEqual(intersect(demoFacts.overdueActionIds, correctiveIds));
    for (const x of overdue) expect(a.sentence).toContain(x);
    for (const x of a.details.actions.filter((y) => y.implementedAndVerified)) {
      expect(cites(a, `action-${x.actionId}`, 'ActionCompleted'), x.actionId).toBe(true);
      expect(cites(a, `action-${x.actionId}`, 'ActionVerified'), x.actionId).toBe(true);
    }
    const closed = a.details.nonConformities.filter((n) => n.status === 'closed').map((n) => n.nonConformityId);
    expect(closed.sort()).toEqual(demoFacts.closedNonConformityIds);
  });

  it('4: stakeholders were consulted and heard; the feedback left pending past the last review is named', () => {
    const a = answer<StakeholdersDetails>('stakeholders-consulted');
    const facts = demoFacts.records;
    expect(a.verdict).toBe(a.details.pending.length > 0 ? 'partial' : 'yes');
    expect(a.details.consultations.length).toBeGreaterThan(0);
    const handled = (handling: string) =>
      a.details.feedback.filter((f) => f.handling === handling).map((f) => f.itemId);
    expect(intersect(handled('linked'), facts.linkedItemIds)).toEqual([...handled('linked')].sort());
    expect(intersect(handled('reason'), facts.reasonedItemIds)).toEqual([...handled('reason')].sort());
    expect(intersect(handled('pending'), facts.pendingItemIds)).toEqual([...handled('pending')].sort());
    for (const item of a.details.pending) expect(a.sentence).toContain(item);
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'InputPresented')).toBe(true);
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'PreparatoryReportSubmitted')).toBe(true);
    expect(a.evidence.some((e) => e.type === 'ConsultationResultsRecorded')).toBe(true);
  });

  it('5: the next meeting is the review planned after the end of the story', () => {
    const a = answer<NextMeetingDetails>('next-meeting');
    expect(a.verdict).toBe('yes');
    expect(a.details).toMatchObject({
      reviewId: demoFacts.nextReviewId,
      plannedDate: demoFacts.nextReviewPlannedDate,
      overdue: false,
      withinCadence: true,
    });
    expect(a.sentence).toContain(demoFacts.nextReviewPlannedDate);
    expect(cites(a, `review-${demoFacts.nextReviewId}`, 'ReviewScheduled')).toBe(true);
  });

  it('6: every input was covered in the last review', () => {
    const a = answer<InputsCoveredDetails>('inputs-covered');
    expect(a.verdict).toBe('yes');
    expect(a.details.inputs.map((i) => i.inputId)).toEqual(['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g']);
  });

  it('7: the last review decided on improvement and on changes to the ISMS', () => {
    const a = answer<DecisionKindsDetails>('improvement-and-change-decisions');
    expect(a.verdict).toBe('yes');
    expect(a.details.counts).toEqual({ improvement: 1, ismsChange: 1, resourceNeed: 1 });
  });

  it('8: the results of the last review were communicated', () => {
    const a = answer('results-communicated');
    expect(a.verdict).toBe('yes');
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'ResultsCommunicated')).toBe(true);
  });

  it('9: reviews were held at planned intervals but one, whose reason is given', () => {
    const a = answer<PlannedIntervalsDetails>('planned-intervals');
    expect(a.verdict).toBe('partial');
    const longer = a.details.gaps.filter((g) => !g.withinCadence);
    expect(longer).toMatchObject([
      {
        fromReviewId: demoFacts.longerGap.fromReviewId,
        toReviewId: demoFacts.longerGap.toReviewId,
        days: demoFacts.longerGap.days,
      },
    ]);
    expect(a.sentence).toContain('External surveillance audit');
    expect(cites(a, `review-${demoFacts.longerGap.toReviewId}`, 'ReviewRescheduled')).toBe(true);
  });

  it('10: risk treatment and acceptance are partly in order; the expired acceptances and the exception are named', () => {
    const a = answer<RiskTreatmentDetails>('risk-treatment-and-acceptance');
    expect(a.verdict).toBe('partial');
    expect(a.details.expired).toEqual(demoFacts.expiredAcceptanceRiskIds);
    expect(a.details.exceptions).toEqual(demoFacts.exceptionRiskIds);
    expect(a.details.plansAwaitingApproval).toEqual(demoFacts.unapprovedTreatmentRiskIds);
    expect(a.details.residualAwaitingAcceptance).toEqual(demoFacts.unacceptedResidualRiskIds);
    expect(a.details.risks.map((r) => r.riskId)).not.toContain(demoFacts.retiredRiskIds[0]);
    expect(a.details.risks).toHaveLength(demoFacts.counts.risks - demoFacts.retiredRiskIds.length);
    for (const riskId of demoFacts.expiredAcceptanceRiskIds) {
      expect(a.sentence).toContain(riskId);
      expect(cites(a, `risk-${riskId}`, 'ResidualRiskAccepted')).toBe(true);
    }
  });
});

describe('the auditor over the demo history, on the records a review rests on', () => {
  const facts = demoFacts.records;

  it('11: the objectives are monitored and their fulfilment (d4) reviewed at the last review', () => {
    const a = answer<ObjectivesMonitoredDetails>('objectives-monitored');
    expect(a.verdict).toBe('yes');
    expect(a.details.reviewId).toBe(demoFacts.lastHeldReviewId);
    const pursued = Object.entries(facts.objectiveStatuses).filter(([, status]) => status === 'set');
    expect(a.details.pursued).toBe(pursued.length);
    for (const o of a.details.objectives) expect(o.status, o.objectiveId).toBe(facts.objectiveStatuses[o.objectiveId]);
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'InputPresented')).toBe(true);
    expect(a.evidence.some((e) => e.type === 'ObjectiveProgressEvaluated')).toBe(true);
  });

  it('12: the audits reported in the cycle were considered at the review after each report, their nonconformities raised', () => {
    const a = answer<AuditResultsDetails>('audit-results-considered');
    expect(a.verdict).toBe('yes');
    expect(a.details.notConsidered).toEqual([]);
    for (const audit of a.details.audits) {
      expect(facts.performedAuditIds, audit.auditId).toContain(audit.auditId);
      for (const n of audit.nonConformities) expect(facts.auditOfNonConformity[n.nonConformityId!]).toBe(audit.auditId);
      expect(cites(a, `audit-${audit.auditId}`, 'AuditReported')).toBe(true);
    }
  });

  it('13: the improvement log follows "automate certain security tasks" to its adopting decision and result; the undecided are named', () => {
    const a = answer<ImprovementLogDetails>('improvement-log');
    for (const adopted of facts.adoptedOpportunities) {
      expect(a.details.opportunities.find((o) => o.opportunityId === adopted.opportunityId)).toMatchObject({
        decision: 'adopted',
        adoptedBy: { reviewId: adopted.reviewId, decisionId: adopted.decisionId, decisionRecorded: true },
      });
      expect(cites(a, `improvement-${adopted.opportunityId}`, 'ImprovementOpportunityAdopted')).toBe(true);
    }
    expect(a.verdict).toBe(a.details.undecided.length > 0 ? 'partial' : 'yes');
    for (const id of a.details.undecided) {
      expect(['logged', 'evaluated'], id).toContain(facts.improvementStatuses[id]);
      expect(a.sentence).toContain(id);
    }
  });

  it('14: the climate-change question was decided for the last review, with its rationale', () => {
    const a = answer<ClimateDecidedDetails>('climate-decided');
    expect(a.verdict).toBe('yes');
    expect(a.details.decision).toMatchObject({
      reviewId: demoFacts.lastHeldReviewId,
      relevant: facts.climateRelevance[demoFacts.lastHeldReviewId],
    });
    expect(a.sentence).toContain(a.details.decision!.rationale);
    expect(cites(a, 'context-climate', 'ClimateDecisionRecorded')).toBe(true);
  });
});

describe('the auditor over the demo history, as of earlier moments', () => {
  it('before the first meeting: nothing to answer but the next meeting', async () => {
    const all = await askAuditor(history.tenant, 'all', { asOf: { recordedAt: '2024-10-01T00:00:00Z' } });
    const verdicts = Object.fromEntries(all.map((a) => [a.questionId, a.verdict]));
    expect(verdicts).toMatchObject({
      'minutes-kept': 'not-yet-applicable',
      'last-decisions': 'not-yet-applicable',
      'next-meeting': 'yes',
      'planned-intervals': 'not-yet-applicable',
    });
    expect(all.find((a) => a.questionId === 'next-meeting')!.sentence).toContain(demoFacts.meetingDays[0]);
  });

  it('the day after a meeting: the minutes of the one before stand, the new ones are pending', async () => {
    const a = (await askAuditor(history.tenant, 'minutes-kept', {
      asOf: { recordedAt: '2025-07-25T00:00:00Z' },
    })) as AuditorAnswer<MinutesKeptDetails>;
    expect(a.verdict).toBe('yes');
    expect(a.details.reviewId).toBe('MR-2025-04');
    expect(a.details.pending).toEqual({ reviewId: 'MR-2025-07', meetingDay: '2025-07-24', minutes: 'none' });
    expect(a.sentence).toContain('not drafted yet');
  });

  it('while a meeting is moved beyond the cadence, the running gap is reported', async () => {
    const asOf = { recordedAt: '2025-07-15T00:00:00Z' };
    const next = (await askAuditor(history.tenant, 'next-meeting', { asOf })) as AuditorAnswer<NextMeetingDetails>;
    expect(next.verdict).toBe('yes');
    expect(next.details).toMatchObject({ reviewId: 'MR-2025-07', plannedDate: '2025-07-24', withinCadence: false });
    expect(next.details.rescheduledFrom).toEqual(['2025-07-10']);
    const intervals = (await askAuditor(history.tenant, 'planned-intervals', {
      asOf,
    })) as AuditorAnswer<PlannedIntervalsDetails>;
    expect(intervals.verdict).toBe('partial');
    expect(intervals.details.gaps.at(-1)).toMatchObject({
      fromReviewId: 'MR-2025-04',
      toReviewId: undefined,
      withinCadence: false,
    });
  });

  it('asked after the next meeting was due, the answer says it is overdue', async () => {
    const a = await askAuditor(history.tenant, 'next-meeting', { now: '2026-11-05T09:00:00Z' });
    expect(a.verdict).toBe('no');
    expect(a.sentence).toContain('overdue by 7 days');
  });

  it('what was decided last time, as of February 2025: the January decisions and their actions as they stood', async () => {
    const last = await askLastDecisions(history.tenant, { asOf: { recordedAt: '2025-02-01T00:00:00Z' } });
    expect(last?.reviewId).toBe('MR-2025-01');
    const actions = last!.decisions.flatMap((d) => d.actions);
    expect(actions.map((a) => [a.actionId, a.status])).toEqual([
      ['A-04', 'inProgress'],
      ['A-05', 'inProgress'],
    ]);
    const later = await askLastDecisions(history.tenant, { asOf: { recordedAt: '2025-04-01T00:00:00Z' } });
    expect(later?.reviewId).toBe('MR-2025-01');
    expect(later!.decisions.flatMap((d) => d.actions).find((a) => a.actionId === 'A-05')?.status).toBe('verified');
  });

  it('as effective at a time gives the same answers as as recorded by it, the story being recorded as it happens', async () => {
    const moment = '2026-02-01T00:00:00Z';
    const recorded = await askAuditor(history.tenant, 'all', { asOf: { recordedAt: moment } });
    const occurred = await askAuditor(history.tenant, 'all', { asOf: { occurredAt: moment } });
    expect(occurred).toEqual(recorded);
  });
});
