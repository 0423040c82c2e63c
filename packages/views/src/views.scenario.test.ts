import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { type SmallHistory, writeSmallHistory } from '@mgmt-review/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionAgeing,
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
const now = '2026-06-20';

describe('views of a small hand-written history, read value by value', () => {
  let history: SmallHistory;
  let state: ViewsState;
  beforeAll(async () => {
    history = await writeSmallHistory();
    state = await replay(history.tenant, registry, viewsProjection);
  });

  it('the review board shows each review: dates, agenda coverage, decisions, verdicts, minutes, next review', () => {
    const [q1, q2] = reviewBoard(state, { now });
    expect(q1).toMatchObject({
      reviewId: 'q1',
      status: 'closed',
      heldOn: '2026-03-31',
      heldOnTime: true,
      minutes: 'approved',
      minutesApprovedOn: '2026-04-02',
      communicatedOn: '2026-04-03',
      closedOn: '2026-04-03',
      verdicts: { suitability: 'confirmed', adequacy: 'confirmed', effectiveness: 'confirmed' },
      nextReview: { plannedDate: '2026-06-30', withinCadence: true, nextReviewId: 'q2' },
    });
    expect(q1?.agenda).toEqual({
      inputs: ['a', 'b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g'],
      presented: ['b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f'],
      notCovered: ['a', 'g'],
      notAddressed: [],
      coverage: 0.8,
    });
    expect(q1?.decisions).toEqual([
      { decisionId: 'q1-d1', kind: 'improvement', description: 'test restores monthly', actionIds: ['act-backup'] },
    ]);
    expect(q2).toMatchObject({
      reviewId: 'q2',
      status: 'scheduled',
      firstPlannedDate: '2026-06-30',
      plannedDate: '2026-07-07',
      reschedules: 1,
      heldOnTime: undefined,
      overdue: false,
      previousReviewId: 'q1',
    });
    expect(reviewBoard(state, { now: '2026-07-08' })[1]?.overdue).toBe(true);
  });

  it('the action register shows slips, overdue days and buckets on the day asked about', () => {
    const rows = actionRegister(state, { now });
    expect(rows.map((r) => [r.actionId, r.status, r.dueDate, r.overdue, r.daysOverdue, r.overdueBucket])).toEqual([
      ['act-train', 'closed', '2026-05-15', false, 0, 'notOverdue'],
      ['act-access', 'open', '2026-05-31', true, 20, '1-30'],
      ['act-backup', 'inProgress', '2026-06-15', true, 5, '1-30'],
    ]);
    const backup = rows[2]!;
    expect(backup).toMatchObject({
      origin: 'reviewDecision',
      originId: 'q1',
      decisionId: 'q1-d1',
      ownerId: 'u-it',
      firstDueDate: '2026-04-30',
      slips: 2,
      dueDateChanges: 2,
      slippedDays: 46,
      ageDays: 81,
      ageBucket: '31-90',
    });
    expect(rows[0]).toMatchObject({
      completedOn: '2026-05-10',
      verifiedOn: '2026-05-12',
      verifiedBy: 'u-audit',
      closedOn: '2026-05-20',
      ageDays: 49,
    });
    expect(actionRegister(state, { now, overdueOnly: true, ownerId: 'u-hr' }).map((r) => r.actionId)).toEqual([
      'act-access',
    ]);
    expect(actionAgeing(state, { now })).toEqual({
      toDo: 2,
      overdue: 2,
      byOverdueBucket: { notOverdue: 0, '1-30': 2, '31-90': 0, '91+': 0 },
      byAgeBucket: { '0-30': 0, '31-90': 2, '91-180': 0, '181+': 0 },
    });
  });

  it('the nonconformity register shows the step of 10.2 each one stands at, its age and its actions', () => {
    const [access, log] = nonConformityRegister(state, { now });
    expect(access).toMatchObject({
      nonConformityId: 'nc-access',
      status: 'open',
      severity: 'major',
      source: 'internalAudit',
      step: 'actionsPlanned',
      stepSince: '2026-04-10',
      daysInStep: 71,
      ageDays: 79,
      steps: {
        correction: true,
        rootCause: true,
        similarAssessed: false,
        correctiveAction: 'planned',
        implemented: false,
        effectivenessVerified: false,
      },
      linkedActions: [
        { actionId: 'act-access', status: 'open', dueDate: '2026-05-31', overdue: true, currentCycle: true },
      ],
    });
    expect(log).toMatchObject({
      nonConformityId: 'nc-log',
      status: 'closed',
      step: 'closed',
      closedOn: '2026-04-20',
      ageDays: 15,
      steps: { correctiveAction: 'notNeeded' },
      linkedActions: [],
    });
  });

  it('the risk register shows inherent and residual levels, treatment, approval, acceptance and appetite', () => {
    const [vendor, ransom] = riskRegister(state, { now });
    expect(vendor).toMatchObject({
      riskId: 'risk-vendor',
      stage: 'treatmentDecided',
      inherent: { likelihood: 3, impact: 4, score: 12, maxScore: 25, aboveAppetite: true },
      residual: undefined,
      currentScore: 12,
      aboveAppetite: true,
      treatment: 'share',
      planApproved: false,
      acceptance: undefined,
      needsReassessment: false,
    });
    expect(ransom).toMatchObject({
      riskId: 'risk-ransom',
      stage: 'accepted',
      inherent: { score: 20, aboveAppetite: true },
      residual: { likelihood: 2, impact: 3, score: 6, aboveAppetite: false },
      currentScore: 6,
      aboveAppetite: false,
      controls: ['A.8.13'],
      planApproved: true,
      planApprovedBy: 'u-it',
      acceptance: { acceptedBy: 'u-it', expiresOn: '2026-07-15', expired: false, daysToExpiry: 25 },
      needsReassessment: false,
    });
    expect(riskRegister(state, { now: '2026-07-16' })[1]).toMatchObject({
      needsReassessment: true,
      acceptance: { expired: true },
    });
    expect(riskRegister(state, { now, aboveAppetiteOnly: true }).map((r) => r.riskId)).toEqual(['risk-vendor']);
  });

  it('the calendar lists what is past due and what falls due within the horizon', () => {
    const { pastDue, upcoming } = calendar(state, { now, horizon: 30 });
    expect(pastDue.map((e) => [e.date, e.kind, e.subjectId, e.daysFromNow])).toEqual([
      ['2026-05-31', 'actionDue', 'act-access', -20],
      ['2026-05-31', 'nonConformityDue', 'nc-access', -20],
      ['2026-06-15', 'actionDue', 'act-backup', -5],
    ]);
    expect(upcoming.map((e) => [e.date, e.kind, e.subjectId, e.ownerId])).toEqual([
      ['2026-07-07', 'review', 'q2', 'u-ceo'],
      ['2026-07-15', 'acceptanceExpiry', 'risk-ransom', 'u-it'],
    ]);
    expect(calendar(state, { now, horizon: 20 }).upcoming.map((e) => e.subjectId)).toEqual(['q2']);
  });

  it('follow-ups name overdue actions, the stalled nonconformity, the expiring acceptance and the next review', () => {
    expect(followUps(state, { now, horizon: 30 }).map((n) => n.key)).toEqual([
      'nonConformityStalled:nc-access:actionsPlanned:2026-04-10',
      'actionOverdue:act-access:2026-05-31',
      'actionOverdue:act-backup:2026-06-15',
      'reviewDue:q2:2026-07-07',
      'acceptanceExpiring:risk-ransom:2026-07-15',
    ]);
    const later = followUps(state, { now: '2026-07-20T08:00:00Z', horizon: 30 });
    expect(later.map((n) => n.kind)).toEqual([
      'nonConformityStalled',
      'actionOverdue',
      'actionOverdue',
      'reviewOverdue',
      'acceptanceExpired',
    ]);
    expect(later[3]?.message).toBe('Management review q2 was planned for 2026-07-07 and has not been held.');
    expect(followUps(state, { now, horizon: 30, stalledAfterDays: 90 }).map((n) => n.kind)).not.toContain(
      'nonConformityStalled',
    );
  });

  it('as of an earlier moment, the views show what was recorded by then', async () => {
    const asOf = await replay(history.tenant, registry, viewsProjection, {
      asOf: { recordedAt: '2026-04-30T00:00:00Z' },
    });
    const backup = actionRegister(asOf, { now: '2026-04-30' }).find((r) => r.actionId === 'act-backup');
    expect(backup).toMatchObject({ dueDate: '2026-05-31', slips: 1, status: 'inProgress', overdue: false });
    expect(reviewBoard(asOf).map((r) => r.reviewId)).toEqual(['q1']);
  });

  it('after a meeting with no next review planned, the follow-ups say one is missing', async () => {
    const held = await replay(history.tenant, registry, viewsProjection, {
      asOf: { recordedAt: '2026-04-03T09:30:00Z' },
    });
    expect(reviewBoard(held)[0]).toMatchObject({ reviewId: 'q1', status: 'minutesApproved', nextReview: undefined });
    expect(followUps(held, { now: '2026-04-03', horizon: 30 }).map((n) => n.key)).toEqual([
      'nextReviewMissing:q1',
      'actionDueSoon:act-backup:2026-04-30',
    ]);
  });

  it('a next review announced but not scheduled yet is on the calendar and in the follow-ups', async () => {
    const announced = await replay(history.tenant, registry, viewsProjection, {
      asOf: { recordedAt: '2026-04-03T10:30:00Z' },
    });
    expect(calendar(announced, { now: '2026-06-10', horizon: 30 }).upcoming).toEqual([
      { date: '2026-06-30', kind: 'nextReview', subjectId: 'q1', ownerId: 'u-ceo', daysFromNow: 20 },
    ]);
    expect(followUps(announced, { now: '2026-06-10', horizon: 30 }).map((n) => n.key)).toEqual([
      'actionOverdue:act-backup:2026-04-30',
      'reviewDue:after-q1:2026-06-30',
    ]);
    expect(followUps(announced, { now: '2026-07-01', horizon: 30 }).map((n) => n.key)).toEqual([
      'actionOverdue:act-backup:2026-04-30',
      'reviewOverdue:after-q1:2026-06-30',
    ]);
  });

  it('a day that is not a date is refused, naming the parameter', () => {
    expect(() => actionRegister(state, { now: 'tomorrow' })).toThrow(/now: expected an ISO-8601 day/);
    expect(() => followUps(state, { now, horizon: -1 })).toThrow(/horizon/);
  });
});
