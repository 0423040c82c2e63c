import { addMonths, dayOf } from '@mgmt-review/core';
import { type HeldReview, lastHeld, reviewsHeld } from './reviewsHeld.js';
import type { AuditorState, InputRecord, ReviewRecord } from './state.js';

/**
 * The current review cycle, as days, for the answers on the records a review rests on: the twelve
 * months up to the last review held, and the time since it, up to today. With no review held yet,
 * the twelve months up to today.
 */
export interface CurrentCycle {
  /** The last review held, if any. */
  readonly last: HeldReview | undefined;
  /** The day before the cycle's first day. */
  readonly after: string;
  /** The day of "now": the cycle's last day. */
  readonly today: string;
}

/** The current review cycle as of `now` (ISO-8601). */
export const currentCycle = (state: AuditorState, now: string): CurrentCycle => {
  const today = dayOf(now);
  const last = lastHeld(state);
  return { last, after: addMonths(last?.meeting.day ?? today, -12), today };
};

/** Whether `day` falls in the cycle. */
export const inCycle = (cycle: CurrentCycle, day: string): boolean => day > cycle.after && day <= cycle.today;

/**
 * Whether something dated `day` came after the last review held, or before any was held: the next
 * review is to consider it, so it is listed as awaiting that review, not counted against the last one.
 */
export const sinceLastReview = (cycle: CurrentCycle, day: string): boolean =>
  cycle.last === undefined || day > cycle.last.meeting.day;

/** The first review held on or after `day` (the review that was to consider what happened that day). */
export const firstHeldFrom = (state: AuditorState, day: string): HeldReview | undefined =>
  reviewsHeld(state).find((r) => r.meeting.day >= day);

/** How a review addressed one input: presented, justified as not covered, or not addressed at all. */
export const inputStanding = (review: ReviewRecord, inputId: string): InputRecord['kind'] | 'notAddressed' =>
  review.inputs.get(inputId)?.kind ?? 'notAddressed';
