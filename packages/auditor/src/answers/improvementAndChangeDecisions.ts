import type { DecisionKind } from '@mgmt-review/core';
import { type AuditorAnswer, answerOf } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

export interface DecisionKindsDetails {
  readonly reviewId: string | undefined;
  /** How many decisions of each kind the last review took. */
  readonly counts: Readonly<Record<DecisionKind, number>>;
}

/**
 * 7. Did the review produce decisions on continual improvement and on changes to the ISMS (9.3.3)?
 * Looks at the last review held: `yes` with decisions of both kinds, `partial` with one of the two,
 * `no` with neither. Resource needs are counted in the details.
 */
export const improvementAndChangeDecisions = (
  state: AuditorState,
  now: string,
): AuditorAnswer<DecisionKindsDetails> => {
  const last = reviewsHeld(state).at(-1);
  const counts = { improvement: 0, ismsChange: 0, resourceNeed: 0 };
  if (last === undefined) {
    return answerOf('improvement-and-change-decisions', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet.',
      details: { reviewId: undefined, counts },
      evidence: [],
    });
  }
  for (const d of last.decisions) counts[d.kind] += 1;
  // The meeting is cited too: with no decision, it is what shows that none was taken.
  const evidence = distinctEvidence([
    last.meeting.evidence,
    ...last.decisions.filter((d) => d.kind !== 'resourceNeed').map((d) => d.evidence),
    last.minutesApproved?.evidence,
  ]);
  const both = counts.improvement > 0 && counts.ismsChange > 0;
  const neither = counts.improvement === 0 && counts.ismsChange === 0;
  const where = `${last.reviewId} (${last.meeting.day})`;
  const numbers = `${counts.improvement} on continual improvement, ${counts.ismsChange} on changes to the ISMS and ${counts.resourceNeed} on resource needs`;
  return answerOf('improvement-and-change-decisions', now, {
    verdict: both ? 'yes' : neither ? 'no' : 'partial',
    sentence: both
      ? `Yes: ${where} decided ${numbers}.`
      : neither
        ? `No: ${where} took no decision on continual improvement or on changes to the ISMS (${numbers}).`
        : `Partly: ${where} decided ${numbers}.`,
    details: { reviewId: last.reviewId, counts },
    evidence,
  });
};
