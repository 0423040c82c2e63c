import type { ReviewEvent } from '@mgmt-review/core';
import type { KpiState } from '../state.js';

/** Folds one review event into the KPI facts, in place: when it was planned, held or cancelled, and its agenda coverage. */
export const applyReview = (state: KpiState, event: ReviewEvent, day: string): void => {
  if (event.type === 'ReviewScheduled') {
    state.reviews.set(event.data.reviewId, {
      firstPlannedDate: event.data.plannedDate,
      heldOn: undefined,
      cancelledOn: undefined,
      agendaSize: event.data.agenda.length,
      presented: 0,
    });
    return;
  }
  const r = state.reviews.get(event.data.reviewId);
  if (r === undefined) return;
  if (event.type === 'MeetingOpened') r.heldOn = day;
  else if (event.type === 'InputPresented') r.presented += 1;
  else if (event.type === 'ReviewCancelled') r.cancelledOn = day;
};
