import { addMonths, monthsOf } from '@mgmt-review/core';
import type { AuditorState, ReviewRecord } from './state.js';

/** A review whose meeting was held (opened), with its day. */
export type HeldReview = ReviewRecord & { readonly meeting: NonNullable<ReviewRecord['meeting']> };

const isHeld = (review: ReviewRecord): review is HeldReview =>
  review.meeting !== undefined && review.cancelled === undefined;

/** The reviews whose meeting was held, oldest meeting first (ties by the order recorded). */
export const reviewsHeld = (state: AuditorState): readonly HeldReview[] =>
  [...state.reviews.values()]
    .filter(isHeld)
    .sort(
      (a, b) =>
        a.meeting.day.localeCompare(b.meeting.day) ||
        a.meeting.evidence.recordedAt.localeCompare(b.meeting.evidence.recordedAt),
    );

/** The last review whose meeting was held. */
export const lastHeld = (state: AuditorState): HeldReview | undefined => reviewsHeld(state).at(-1);

/** The latest day the review after `review` is due by its cadence. */
export const dueByCadence = (review: HeldReview): string => addMonths(review.meeting.day, monthsOf[review.cadence]);

/** The held reviews whose meeting falls in the year up to and including `review`'s: the current review cycle. */
export const reviewCycle = (state: AuditorState, review: HeldReview): readonly HeldReview[] => {
  const from = addMonths(review.meeting.day, -12);
  return reviewsHeld(state).filter((r) => r.meeting.day > from && r.meeting.day <= review.meeting.day);
};
