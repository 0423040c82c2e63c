import { type AuditorAnswer, answerOf, listed, plural } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { type LastDecisions, lastDecisions } from '../lastDecisions.js';
import type { AuditorState } from '../state.js';

const kindWords = {
  improvement: 'continual improvement',
  ismsChange: 'changes to the ISMS',
  resourceNeed: 'resource needs',
};

/**
 * 2. What decisions were taken at the last meeting? `yes` when the last meeting held recorded
 * decisions (listed with their actions and the actions' status now); `partial` when its meeting is
 * still under way with none recorded yet; `no` when its minutes are approved without a decision.
 */
export const lastDecisionsAnswer = (state: AuditorState, now: string): AuditorAnswer<LastDecisions | undefined> => {
  const last = lastDecisions(state, now);
  if (last === undefined) {
    return answerOf('last-decisions', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet.',
      details: undefined,
      evidence: [],
    });
  }
  const review = state.reviews.get(last.reviewId)!;
  const actions = last.decisions.flatMap((d) => d.actions);
  const evidence = distinctEvidence([
    review.meeting?.evidence,
    ...last.decisions.map((d) => d.evidence),
    ...actions.flatMap((a) => a.evidence),
  ]);
  if (last.decisions.length === 0) {
    const underWay = review.minutesApproved === undefined;
    return answerOf('last-decisions', now, {
      verdict: underWay ? 'partial' : 'no',
      sentence: underWay
        ? `The meeting of ${last.meetingDay} (${last.reviewId}) has no decision recorded yet; its minutes are not approved.`
        : `No decision was recorded at the meeting of ${last.meetingDay} (${last.reviewId}).`,
      details: last,
      evidence,
    });
  }
  const kinds = [...new Set(last.decisions.map((d) => kindWords[d.kind]))];
  const done = actions.filter((a) => a.status === 'closed').length;
  const overdue = actions.filter((a) => a.overdue).length;
  return answerOf('last-decisions', now, {
    verdict: 'yes',
    sentence: `The meeting of ${last.meetingDay} (${last.reviewId}) took ${plural(last.decisions.length, 'decision')} on ${listed(kinds)}, calling for ${plural(actions.length, 'action')}: ${done} closed, ${overdue} overdue.`,
    details: last,
    evidence,
  });
};
