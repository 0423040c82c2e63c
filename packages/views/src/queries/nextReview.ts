import type { ReviewRecord, ViewsState } from '../state.js';

/**
 * What the views know of the next management review (9.3.1 "at planned intervals"):
 * - `scheduled`: reviews scheduled and not yet held (their own stream exists);
 * - `announced`: next reviews a held review planned (`NextReviewScheduled`) that no review stream
 *   takes up yet — by id, or as the review following it (`previousReviewId`);
 * - `lastHeld`: the review held most recently, if any.
 */
export interface NextReviewPlan {
  readonly scheduled: readonly ReviewRecord[];
  readonly announced: readonly { readonly fromReviewId: string; readonly plannedDate: string }[];
  readonly lastHeld: ReviewRecord | undefined;
}

export const nextReviewPlan = (state: ViewsState): NextReviewPlan => {
  const scheduled: ReviewRecord[] = [];
  const followed = new Set<string>();
  let lastHeld: ReviewRecord | undefined;
  for (const r of state.reviews.values()) {
    if (r.status === 'scheduled') scheduled.push(r);
    if (r.previousReviewId !== undefined) followed.add(r.previousReviewId);
    if (
      r.heldOn !== undefined &&
      r.status !== 'cancelled' &&
      (lastHeld === undefined ||
        r.heldOn > (lastHeld.heldOn ?? '') ||
        (r.heldOn === lastHeld.heldOn && r.reviewId > lastHeld.reviewId))
    ) {
      lastHeld = r;
    }
  }
  const announced: { fromReviewId: string; plannedDate: string }[] = [];
  for (const r of state.reviews.values()) {
    const next = r.nextReview;
    if (next === undefined || r.status === 'cancelled' || followed.has(r.reviewId)) continue;
    if (next.nextReviewId !== undefined && state.reviews.has(next.nextReviewId)) continue;
    announced.push({ fromReviewId: r.reviewId, plannedDate: next.plannedDate });
  }
  return { scheduled, announced, lastHeld };
};
