import { createInMemoryDemoHistory, demoFacts, type InMemoryDemoHistory } from '@mgmt-review/demo';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import type { CorrectiveActionsDetails } from './answers/correctiveActionsVerified.js';
import type { DecisionKindsDetails } from './answers/improvementAndChangeDecisions.js';
import type { InputsCoveredDetails } from './answers/inputsCovered.js';
import type { MinutesKeptDetails } from './answers/minutesKept.js';
import type { NextMeetingDetails } from './answers/nextMeeting.js';
import type { PlannedIntervalsDetails } from './answers/plannedIntervals.js';
import type { RiskTreatmentDetails } from './answers/riskTreatmentAndAcceptance.js';
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

  it('4: stakeholders were heard in the last review, but no consultation of interested parties is recorded', () => {
    const a = answer('stakeholders-consulted');
    expect(a.verdict).toBe('partial');
    expect(a.sentence).toContain('no consultation of interested parties recorded in the cycle');
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'InputPresented')).toBe(true);
    expect(cites(a, `review-${demoFacts.lastHeldReviewId}`, 'PreparatoryReportSubmitted')).toBe(true);
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

describe('the auditor over the demo history, which has none of the records a review rests on yet', () => {
  it.each([
    ['objectives-monitored', 'd4', 'No information-security objective has been recorded yet'],
    ['audit-results-considered', 'd3', 'No audit has been recorded yet'],
    ['improvement-log', 'g', 'No opportunity for improvement has been logged yet'],
    ['climate-decided', 'b', 'No decision on whether climate change is a relevant issue has been recorded yet'],
  ])('%s: not yet applicable, citing input %s the last review presented as text', (id, inputId, words) => {
    const a = answer(id);
    expect(a.verdict).toBe('not-yet-applicable');
    expect(a.sentence).toContain(words);
    expect(a.sentence).toContain(
      `${demoFacts.lastHeldReviewId} (${demoFacts.meetingDays.at(-1)}) presented input ${inputId} as text only`,
    );
    expect(a.evidence).toMatchObject([{ streamId: `review-${demoFacts.lastHeldReviewId}`, type: 'InputPresented' }]);
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
