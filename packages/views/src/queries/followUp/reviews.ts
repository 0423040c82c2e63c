import type { ViewsState } from '../../state.js';
import { nextReviewPlan } from '../nextReview.js';
import type { AddNotice, FollowUpWindow } from './notice.js';

/**
 * The next management review: due within the window (`reviewDue`), past its planned date and not
 * held (`reviewOverdue`), or not planned at all after the last one held (`nextReviewMissing`).
 */
export const reviewFollowUps = (state: ViewsState, w: FollowUpWindow, add: AddNotice): void => {
  const plan = nextReviewPlan(state);
  for (const r of plan.scheduled) {
    if (r.plannedDate < w.today) {
      add(
        'reviewOverdue',
        [r.reviewId, r.plannedDate],
        r.reviewId,
        r.chairId,
        r.plannedDate,
        `Management review ${r.reviewId} was planned for ${r.plannedDate} and has not been held.`,
      );
    } else if (r.plannedDate <= w.until) {
      add(
        'reviewDue',
        [r.reviewId, r.plannedDate],
        r.reviewId,
        r.chairId,
        r.plannedDate,
        `Management review ${r.reviewId} is planned for ${r.plannedDate}.`,
      );
    }
  }
  for (const next of plan.announced) {
    const chairId = state.reviews.get(next.fromReviewId)?.chairId;
    const subject = `The management review after ${next.fromReviewId}`;
    if (next.plannedDate < w.today) {
      add(
        'reviewOverdue',
        [`after-${next.fromReviewId}`, next.plannedDate],
        next.fromReviewId,
        chairId,
        next.plannedDate,
        `${subject} was planned for ${next.plannedDate} and is not scheduled yet.`,
      );
    } else if (next.plannedDate <= w.until) {
      add(
        'reviewDue',
        [`after-${next.fromReviewId}`, next.plannedDate],
        next.fromReviewId,
        chairId,
        next.plannedDate,
        `${subject} is planned for ${next.plannedDate} and is not scheduled yet.`,
      );
    }
  }
  if (plan.scheduled.length === 0 && plan.announced.length === 0 && state.eventCount > 0) {
    const last = plan.lastHeld;
    if (last === undefined) {
      add('nextReviewMissing', ['none'], '', undefined, undefined, 'No management review is held or planned.');
    } else if (last.nextReview === undefined) {
      add(
        'nextReviewMissing',
        [last.reviewId],
        last.reviewId,
        last.chairId,
        last.heldOn,
        `No management review is planned after ${last.reviewId}, held on ${last.heldOn}.`,
      );
    }
  }
};
