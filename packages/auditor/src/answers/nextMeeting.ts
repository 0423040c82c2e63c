import { dayOf, daysBetween } from '@mgmt-review/core';
import { type AuditorAnswer, answerOf, plural } from '../answer.js';
import { distinctEvidence } from '../evidence.js';
import { dueByCadence, reviewsHeld } from '../reviewsHeld.js';
import type { AuditorState } from '../state.js';

export interface NextMeetingDetails {
  /** The review planned next, if it is scheduled as a review of its own. */
  readonly reviewId: string | undefined;
  readonly plannedDate: string | undefined;
  /** Planned before today and not held. */
  readonly overdue: boolean;
  /** Days from today to the planned date (negative when overdue). */
  readonly daysUntil: number | undefined;
  /** The latest date the cadence allows after the last meeting. */
  readonly dueByCadence: string | undefined;
  readonly withinCadence: boolean | undefined;
  readonly rescheduledFrom: readonly string[];
}

/**
 * 5. When is the next meeting? The earliest review scheduled and not yet held (or, if none is
 * scheduled as a review, the date the last review set for the next one). `yes` with the date when
 * it is today or later; `no` when it is past (the sentence then always says it is overdue, by how
 * many days) or when no next review is planned at all.
 */
export const nextMeeting = (state: AuditorState, now: string): AuditorAnswer<NextMeetingDetails> => {
  const today = dayOf(now);
  const last = reviewsHeld(state).at(-1);
  const upcoming = [...state.reviews.values()]
    .filter((r) => r.meeting === undefined && r.cancelled === undefined)
    .sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
  const next = upcoming[0];
  const declared = last?.nextReview;
  const plannedDate = next?.plannedDate ?? declared?.plannedDate;
  const limit = last === undefined ? undefined : dueByCadence(last);
  const empty: NextMeetingDetails = {
    reviewId: undefined,
    plannedDate: undefined,
    overdue: false,
    daysUntil: undefined,
    dueByCadence: limit,
    withinCadence: undefined,
    rescheduledFrom: [],
  };
  if (plannedDate === undefined) {
    return last === undefined
      ? answerOf('next-meeting', now, {
          verdict: 'not-yet-applicable',
          sentence: 'No management review has been scheduled yet.',
          details: empty,
          evidence: [],
        })
      : answerOf('next-meeting', now, {
          verdict: 'no',
          sentence: `No next management review is planned; the last one was held on ${last.meeting.day}${limit !== undefined && limit < today ? `, and the next was due by ${limit}: it is overdue` : `, and the next is due by ${limit}`}.`,
          details: empty,
          evidence: [last.meeting.evidence],
        });
  }
  const daysUntil = daysBetween(today, plannedDate);
  const overdue = plannedDate < today;
  const withinCadence = limit === undefined ? undefined : plannedDate <= limit;
  const details: NextMeetingDetails = {
    reviewId: next?.reviewId ?? declared?.nextReviewId,
    plannedDate,
    overdue,
    daysUntil,
    dueByCadence: limit,
    withinCadence,
    rescheduledFrom: next?.rescheduled.map((r) => r.from) ?? [],
  };
  const evidence = distinctEvidence([
    declared?.evidence,
    next?.scheduled,
    ...(next?.rescheduled.map((r) => r.evidence) ?? []),
  ]);
  const name = details.reviewId === undefined ? '' : ` (${details.reviewId})`;
  const cadence =
    withinCadence === undefined
      ? ''
      : withinCadence
        ? ', within the cadence'
        : `, beyond the cadence (due by ${limit})`;
  return overdue
    ? answerOf('next-meeting', now, {
        verdict: 'no',
        sentence: `The next management review${name} was planned for ${plannedDate} and is overdue by ${plural(-daysUntil, 'day')}.`,
        details,
        evidence,
      })
    : answerOf('next-meeting', now, {
        verdict: 'yes',
        sentence: `The next management review${name} is planned for ${plannedDate}, ${daysUntil === 0 ? 'today' : `in ${plural(daysUntil, 'day')}`}${cadence}.`,
        details,
        evidence,
      });
};
