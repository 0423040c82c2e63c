import { fc, test } from '@fast-check/vitest';
import { dayOf, domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, readHistory, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import {
  type RandomStory,
  randomStory,
  storyStore as storeFor,
  storyTenant as TENANT,
  writeStory,
} from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import type { AuditResultsDetails } from './answers/auditResultsConsidered.js';
import type { ClimateDecidedDetails } from './answers/climateDecided.js';
import type { CorrectiveActionsDetails } from './answers/correctiveActionsVerified.js';
import type { ImprovementLogDetails } from './answers/improvementLog.js';
import type { NextMeetingDetails } from './answers/nextMeeting.js';
import type { ObjectivesMonitoredDetails } from './answers/objectivesMonitored.js';
import type { StakeholdersDetails } from './answers/stakeholdersConsulted.js';
import { answerAll, auditorStateOf } from './ask.js';
import { currentCycle, inCycle } from './cycle.js';
import { reviewsHeld } from './reviewsHeld.js';
import { recordsHistory, recordsSteps, writeRecordsSteps } from './testing/recordsHistory.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
/** A fraction of a span, spread evenly (no bias towards the ends). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000);
const runs = { numRuns: 60 };

/** A random story, and a moment from its start to 200 days after its end, late in a day. */
const storyAndMoment = fc.tuple(randomStory(), fraction).map(([story, f]) => {
  const from = Date.parse(story.start);
  const to = Date.parse(story.end) + 200 * 86_400_000;
  const moment = `${new Date(from + f * (to - from)).toISOString().slice(0, 10)}T23:59:30.000Z`;
  return { story, moment };
});

/** The type of every event of the history, by `stream@version`. */
const typesOf = async (tenant: TenantEventStore): Promise<ReadonlyMap<string, string>> => {
  const types = new Map<string, string>();
  for await (const event of readHistory(tenant, registry))
    types.set(`${event.streamId}@${event.streamVersion}`, event.type);
  return types;
};

/** Every piece of evidence is an event of the history, recorded by `moment`; an answer that applies has some. */
const evidenceIsOfTheHistory = (
  answers: Iterable<AuditorAnswer>,
  types: ReadonlyMap<string, string>,
  moment: string,
): void => {
  for (const answer of answers) {
    for (const e of answer.evidence) {
      expect(types.get(`${e.streamId}@${e.streamVersion}`), `${answer.questionId}: ${e.streamId}`).toBe(e.type);
      expect(Date.parse(e.recordedAt)).toBeLessThanOrEqual(Date.parse(moment));
    }
    if (answer.verdict !== 'not-yet-applicable') expect(answer.evidence.length, answer.questionId).toBeGreaterThan(0);
  }
};

/** The story written, its state and answers as recorded by `moment`, and what the history holds. */
const ask = async (story: RandomStory, moment: string) => {
  const target = storeFor(story);
  await writeStory(target, story);
  const tenant = target.store.forTenant(TENANT);
  const state = await auditorStateOf(tenant, { asOf: { recordedAt: moment } });
  const answers = new Map(answerAll(state, moment).map((a) => [a.questionId, a]));
  return { state, answers, types: await typesOf(tenant) };
};

const cites = (answer: AuditorAnswer, streamId: string, type: string, version?: number) =>
  answer.evidence.some(
    (e) => e.streamId === streamId && e.type === type && (version === undefined || e.streamVersion === version),
  );

describe('answers in the auditor’s words, for random valid histories at any moment', () => {
  test.prop([storyAndMoment], runs)(
    'if the last closed review has approved minutes, question 1 is yes and cites the approval event',
    async ({ story, moment }) => {
      const { state, answers } = await ask(story, moment);
      const lastClosed = reviewsHeld(state)
        .filter((r) => r.closed !== undefined)
        .at(-1);
      const approval = lastClosed?.minutesApproved?.evidence;
      if (approval === undefined) return;
      const answer = answers.get('minutes-kept')!;
      expect(answer.verdict).toBe('yes');
      expect(cites(answer, approval.streamId, 'MinutesApproved', approval.streamVersion)).toBe(true);
    },
  );

  test.prop([storyAndMoment], runs)(
    'a corrective action reported implemented and verified always has both events in its evidence',
    async ({ story, moment }) => {
      const { answers } = await ask(story, moment);
      const answer = answers.get('corrective-actions-verified') as AuditorAnswer<CorrectiveActionsDetails>;
      for (const action of answer.details.actions.filter((a) => a.implementedAndVerified)) {
        expect(cites(answer, `action-${action.actionId}`, 'ActionCompleted')).toBe(true);
        expect(cites(answer, `action-${action.actionId}`, 'ActionVerified')).toBe(true);
      }
      if (answer.verdict === 'yes') expect(answer.details.implementedAndVerified).toBe(answer.details.due);
    },
  );

  test.prop([storyAndMoment], runs)(
    'the next meeting answer is never a date in the past without saying it is overdue',
    async ({ story, moment }) => {
      const { answers } = await ask(story, moment);
      const answer = answers.get('next-meeting') as AuditorAnswer<NextMeetingDetails>;
      const planned = answer.details.plannedDate;
      if (planned === undefined) return;
      if (planned < dayOf(moment)) {
        expect(answer.verdict).toBe('no');
        expect(answer.sentence).toMatch(/overdue/);
      } else {
        expect(answer.sentence).not.toMatch(/overdue/);
        expect(answer.sentence).toContain(planned);
      }
    },
  );

  test.prop([storyAndMoment], runs)(
    'every piece of evidence is an event of the history, recorded by the moment asked',
    async ({ story, moment }) => {
      const { answers, types } = await ask(story, moment);
      evidenceIsOfTheHistory(answers.values(), types, moment);
    },
  );
});

describe('the random histories exercise those properties', () => {
  it('some have a closed review, a corrective action implemented and verified, a next meeting due and one overdue', async () => {
    const seen = { closedReview: 0, verifiedCorrectiveAction: 0, nextAhead: 0, nextOverdue: 0 };
    for (const { story, moment } of fc.sample(storyAndMoment, { numRuns: 40, seed: 7 })) {
      const { state, answers } = await ask(story, moment);
      if (reviewsHeld(state).some((r) => r.closed !== undefined)) seen.closedReview += 1;
      const corrective = answers.get('corrective-actions-verified') as AuditorAnswer<CorrectiveActionsDetails>;
      if (corrective.details.implementedAndVerified > 0) seen.verifiedCorrectiveAction += 1;
      const next = answers.get('next-meeting') as AuditorAnswer<NextMeetingDetails>;
      if (next.details.overdue) seen.nextOverdue += 1;
      else if (next.details.plannedDate !== undefined) seen.nextAhead += 1;
    }
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(2);
  });
});

/** Random steps of the records a review rests on, and a moment from their start to 60 days after the last, late in a day. */
const recordsAndMoment = fc.tuple(recordsSteps(), fraction);

/** The records history written, its state and answers as recorded by a moment, and what the history holds. */
const askRecords = async ([steps, f]: [Parameters<typeof writeRecordsSteps>[1], number]) => {
  const history = recordsHistory();
  const last = await writeRecordsSteps(history, steps);
  const from = Date.parse('2026-01-05T09:00:00Z');
  const to = Date.parse(last) + 60 * 86_400_000;
  const moment = `${new Date(from + f * (to - from)).toISOString().slice(0, 10)}T23:59:30.000Z`;
  const state = await auditorStateOf(history.tenant, { asOf: { recordedAt: moment } });
  const answers = new Map(answerAll(state, moment).map((a) => [a.questionId, a]));
  return { state, answers, types: await typesOf(history.tenant), moment };
};

describe('the answers on the records a review rests on, in the auditor’s words, for random valid histories', () => {
  const recordsRuns = { numRuns: propertyRuns(25) };

  test.prop([recordsAndMoment], recordsRuns)(
    'every piece of evidence is an event of the history, recorded by the moment asked',
    async (drawn) => {
      const { answers, types, moment } = await askRecords(drawn);
      evidenceIsOfTheHistory(answers.values(), types, moment);
    },
  );

  test.prop([recordsAndMoment], recordsRuns)(
    'feedback counted as taken into account always has a link or a reason, and the answer is never yes while an item is left pending past a review',
    async (drawn) => {
      const { answers } = await askRecords(drawn);
      const answer = answers.get('stakeholders-consulted') as AuditorAnswer<StakeholdersDetails>;
      for (const item of answer.details.feedback) {
        if (item.handling === 'linked') expect(item.links.length).toBeGreaterThan(0);
        if (item.handling === 'reason') expect(item.reasonNotActedOn).toBeDefined();
        if (item.handling !== 'pending')
          expect(cites(answer, `consultation-${item.consultationId}`, 'FeedbackTakenIntoAccount')).toBe(true);
      }
      if (answer.verdict === 'yes') {
        expect(answer.details.pending).toEqual([]);
        expect(answer.details.consultations.length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([recordsAndMoment], recordsRuns)(
    'an opportunity the log reports adopted always names a review decision, and its adoption is cited',
    async (drawn) => {
      const { answers } = await askRecords(drawn);
      const answer = answers.get('improvement-log') as AuditorAnswer<ImprovementLogDetails>;
      for (const o of answer.details.opportunities.filter((x) => x.decision === 'adopted')) {
        expect(o.adoptedBy?.decisionId).toBeDefined();
        expect(cites(answer, `improvement-${o.opportunityId}`, 'ImprovementOpportunityAdopted')).toBe(true);
      }
      if (answer.verdict === 'yes') expect(answer.details.undecided).toEqual([]);
    },
  );

  test.prop([recordsAndMoment], recordsRuns)(
    'an objective reported evaluated within the cycle always has its evaluation in the evidence, made within the cycle',
    async (drawn) => {
      const { state, answers, moment } = await askRecords(drawn);
      const answer = answers.get('objectives-monitored') as AuditorAnswer<ObjectivesMonitoredDetails>;
      const cycle = currentCycle(state, moment);
      for (const o of answer.details.objectives.filter((x) => x.evaluation === 'inCycle')) {
        expect(inCycle(cycle, o.evaluatedOn!)).toBe(true);
        expect(cites(answer, `objective-${o.objectiveId}`, 'ObjectiveProgressEvaluated')).toBe(true);
      }
      if (answer.verdict === 'yes') expect(answer.details.fulfilmentInput).toBe('presented');
    },
  );

  test.prop([recordsAndMoment], recordsRuns)(
    'an audit reported considered had input d3 presented at a review held on or after its report',
    async (drawn) => {
      const { state, answers } = await askRecords(drawn);
      const answer = answers.get('audit-results-considered') as AuditorAnswer<AuditResultsDetails>;
      for (const a of answer.details.audits.filter((x) => x.consideration === 'considered')) {
        const review = state.reviews.get(a.reviewId!)!;
        expect(review.meeting!.day >= a.reportedOn).toBe(true);
        expect(review.inputs.get('d3')?.kind).toBe('presented');
        expect(cites(answer, `audit-${a.auditId}`, 'AuditReported')).toBe(true);
      }
    },
  );

  test.prop([recordsAndMoment], recordsRuns)(
    'the climate question is answered yes only on a decision for a review of the cycle, which is cited',
    async (drawn) => {
      const { answers } = await askRecords(drawn);
      const answer = answers.get('climate-decided') as AuditorAnswer<ClimateDecidedDetails>;
      if (answer.verdict !== 'yes') return;
      expect(answer.details.cycle).toContain(answer.details.decision!.reviewId);
      expect(cites(answer, 'context-climate', 'ClimateDecisionRecorded')).toBe(true);
    },
  );
});

describe('the random histories of the records exercise those properties', () => {
  it('some have feedback taken into account, an adopted opportunity, an objective evaluated in the cycle, an audit considered and the climate decided', async () => {
    const seen = { feedbackTaken: 0, adopted: 0, evaluated: 0, auditConsidered: 0, climateYes: 0 };
    for (const drawn of fc.sample(recordsAndMoment, { numRuns: 30, seed: 7 })) {
      const { answers } = await askRecords(drawn);
      const get = <D>(id: string) => answers.get(id as never) as AuditorAnswer<D>;
      if (get<StakeholdersDetails>('stakeholders-consulted').details.feedback.some((f) => f.handling !== 'pending'))
        seen.feedbackTaken += 1;
      if (get<ImprovementLogDetails>('improvement-log').details.adopted > 0) seen.adopted += 1;
      if (get<ObjectivesMonitoredDetails>('objectives-monitored').details.evaluatedInCycle > 0) seen.evaluated += 1;
      if (get<AuditResultsDetails>('audit-results-considered').details.considered.length > 0) seen.auditConsidered += 1;
      if (get('climate-decided').verdict === 'yes') seen.climateYes += 1;
    }
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(2);
  });
});
