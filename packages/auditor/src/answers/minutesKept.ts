import { type AuditorAnswer, answerOf } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { type HeldReview, reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

export interface MinutesKeptDetails {
  /** The review whose minutes the answer speaks of. */
  readonly reviewId: string | undefined;
  readonly meetingDay: string | undefined;
  readonly documentRef: string | undefined;
  readonly approvedBy: string | undefined;
  readonly approvedOn: string | undefined;
  /** A later meeting whose minutes are still being prepared. */
  readonly pending:
    | { readonly reviewId: string; readonly meetingDay: string; readonly minutes: 'none' | 'drafted' }
    | undefined;
}

/**
 * 1. Have you kept the minutes of the last meeting? `yes` when the minutes of the last meeting are
 * approved by the chair — or, while the minutes of a meeting just held are being prepared, when
 * those of the meeting before were; the approval is cited, with that of the last closed review.
 * `partial` when the only minutes are drafted, not approved; `no` when there are none.
 */
export const minutesKept = (state: AuditorState, now: string): AuditorAnswer<MinutesKeptDetails> => {
  const held = reviewsHeld(state);
  const last = held.at(-1);
  const none: MinutesKeptDetails = {
    reviewId: undefined,
    meetingDay: undefined,
    documentRef: undefined,
    approvedBy: undefined,
    approvedOn: undefined,
    pending: undefined,
  };
  if (last === undefined) {
    return answerOf('minutes-kept', now, {
      verdict: 'not-yet-applicable',
      sentence: 'No management review meeting has been held yet, so there are no minutes to keep.',
      details: none,
      evidence: [],
    });
  }
  const approved = held.filter((r) => r.minutesApproved !== undefined);
  const lastApproved = approved.at(-1);
  const lastClosed = held.filter((r) => r.closed !== undefined).at(-1);
  const pending =
    last.minutesApproved === undefined
      ? {
          reviewId: last.reviewId,
          meetingDay: last.meeting.day,
          minutes: last.minutesDrafted === undefined ? ('none' as const) : ('drafted' as const),
        }
      : undefined;
  if (lastApproved !== undefined) {
    const minutes = lastApproved.minutesApproved!;
    const pendingText =
      pending === undefined
        ? ''
        : ` The minutes of the meeting of ${pending.meetingDay} (${pending.reviewId}) are ${pending.minutes === 'drafted' ? 'drafted and awaiting approval' : 'not drafted yet'}.`;
    return answerOf('minutes-kept', now, {
      verdict: 'yes',
      sentence: `Yes: the minutes of the meeting of ${lastApproved.meeting.day} (${lastApproved.reviewId}) were approved by the chair on ${minutes.evidence.occurredAt.slice(0, 10)}.${pendingText}`,
      details: {
        reviewId: lastApproved.reviewId,
        meetingDay: lastApproved.meeting.day,
        documentRef: lastApproved.minutesDrafted?.documentRef,
        approvedBy: minutes.approvedBy,
        approvedOn: minutes.evidence.occurredAt.slice(0, 10),
        pending,
      },
      evidence: distinctEvidence([
        lastApproved.meeting.evidence,
        lastApproved.minutesDrafted?.evidence,
        minutes.evidence,
        lastClosed?.minutesApproved?.evidence,
        ...(pending === undefined ? [] : [last.meeting.evidence, last.minutesDrafted?.evidence]),
      ]),
    });
  }
  return draftedOrNone(last, now);
};

const draftedOrNone = (last: HeldReview, now: string): AuditorAnswer<MinutesKeptDetails> => {
  const details: MinutesKeptDetails = {
    reviewId: last.reviewId,
    meetingDay: last.meeting.day,
    documentRef: last.minutesDrafted?.documentRef,
    approvedBy: undefined,
    approvedOn: undefined,
    pending: undefined,
  };
  return last.minutesDrafted !== undefined
    ? answerOf('minutes-kept', now, {
        verdict: 'partial',
        sentence: `Partly: the minutes of the meeting of ${last.meeting.day} (${last.reviewId}) are drafted but not yet approved by the chair.`,
        details,
        evidence: distinctEvidence([last.meeting.evidence, last.minutesDrafted.evidence]),
      })
    : answerOf('minutes-kept', now, {
        verdict: 'no',
        sentence: `No: no minutes are recorded for the meeting of ${last.meeting.day} (${last.reviewId}).`,
        details,
        evidence: [last.meeting.evidence],
      });
};
