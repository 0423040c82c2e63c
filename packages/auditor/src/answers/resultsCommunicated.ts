import { type AuditorAnswer, answerOf, listed } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

export interface ResultsCommunicatedDetails {
  /** The last review with approved minutes: the one whose results are due to be communicated. */
  readonly reviewId: string | undefined;
  readonly communications: readonly {
    readonly audiences: readonly string[];
    readonly channel: string;
    readonly communicatedOn: string;
  }[];
  /** Earlier reviews with approved minutes whose results were never communicated. */
  readonly notCommunicated: readonly string[];
}

/**
 * 8. Were the results communicated (7.4)? Looks at the last review whose minutes are approved
 * (results are communicated once the minutes are): `yes` when its results were communicated and
 * every earlier approved review's too, `partial` when its results were but an earlier review's
 * were not, `no` when its results were not communicated.
 */
export const resultsCommunicated = (state: AuditorState, now: string): AuditorAnswer<ResultsCommunicatedDetails> => {
  const approved = reviewsHeld(state).filter((r) => r.minutesApproved !== undefined);
  const last = approved.at(-1);
  if (last === undefined) {
    return answerOf('results-communicated', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No review has approved minutes yet, so there are no results to communicate.',
      details: { reviewId: undefined, communications: [], notCommunicated: [] },
      evidence: [],
    });
  }
  const notCommunicated = approved
    .slice(0, -1)
    .filter((r) => r.communications.length === 0)
    .map((r) => r.reviewId);
  const communications = last.communications.map((c) => ({
    audiences: c.audiences,
    channel: c.channel,
    communicatedOn: c.communicatedOn,
  }));
  const details = { reviewId: last.reviewId, communications, notCommunicated };
  const where = `${last.reviewId} (${last.meeting.day})`;
  if (communications.length === 0) {
    return answerOf('results-communicated', now, {
      verdict: 'no',
      sentence: `No: the results of ${where} are not recorded as communicated; its minutes were approved on ${last.minutesApproved!.evidence.occurredAt.slice(0, 10)}.`,
      details,
      evidence: [last.minutesApproved!.evidence],
    });
  }
  const first = communications[0]!;
  const earlier = notCommunicated.length === 0 ? '' : `; but the results of ${listed(notCommunicated)} never were`;
  return answerOf('results-communicated', now, {
    verdict: notCommunicated.length === 0 ? 'yes' : 'partial',
    sentence: `${notCommunicated.length === 0 ? 'Yes' : 'Partly'}: the results of ${where} were communicated to ${listed(first.audiences)} through ${first.channel} on ${first.communicatedOn}${earlier}.`,
    details,
    evidence: distinctEvidence([last.minutesApproved!.evidence, ...last.communications.map((c) => c.evidence)]),
  });
};
