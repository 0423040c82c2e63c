import { fc, test } from '@fast-check/vitest';
import { dayOf, domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, readHistory } from '@mgmt-review/eventsourcing';
import {
  type RandomStory,
  randomStory,
  storyStore as storeFor,
  storyTenant as TENANT,
  writeStory,
} from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import type { CorrectiveActionsDetails } from './answers/correctiveActionsVerified.js';
import type { NextMeetingDetails } from './answers/nextMeeting.js';
import { answerAll, auditorStateOf } from './ask.js';
import { reviewsHeld } from './reviewsHeld.js';

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

/** The story written, its state and answers as recorded by `moment`, and what the history holds. */
const ask = async (story: RandomStory, moment: string) => {
  const target = storeFor(story);
  await writeStory(target, story);
  const tenant = target.store.forTenant(TENANT);
  const state = await auditorStateOf(tenant, { asOf: { recordedAt: moment } });
  const answers = new Map(answerAll(state, moment).map((a) => [a.questionId, a]));
  const types = new Map<string, string>();
  for await (const event of readHistory(tenant, registry))
    types.set(`${event.streamId}@${event.streamVersion}`, event.type);
  return { state, answers, types };
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
      for (const answer of answers.values()) {
        for (const e of answer.evidence) {
          expect(types.get(`${e.streamId}@${e.streamVersion}`), `${answer.questionId}: ${e.streamId}`).toBe(e.type);
          expect(Date.parse(e.recordedAt)).toBeLessThanOrEqual(Date.parse(moment));
        }
        if (answer.verdict !== 'not-yet-applicable')
          expect(answer.evidence.length, answer.questionId).toBeGreaterThan(0);
      }
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
