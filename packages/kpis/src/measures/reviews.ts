import type { KpiState } from '../state.js';
import { count, type Measures, meanOf, percent, type Span, within } from './measured.js';

/** One review held in a period, with the share of its agenda presented. */
export interface ReviewCoverage {
  readonly reviewId: string;
  readonly heldOn: string;
  /** Percent of the agenda presented. */
  readonly coverage: number;
}

/** Reviews planned and held in the span, on time, and their agenda coverage. */
export const reviewMeasures = (state: KpiState, span: Span): { measures: Measures; coverage: ReviewCoverage[] } => {
  let planned = 0;
  let held = 0;
  let onTime = 0;
  const coverage: ReviewCoverage[] = [];
  for (const [reviewId, r] of state.reviews) {
    if (within(r.firstPlannedDate, span)) {
      planned += 1;
      if (r.heldOn !== undefined && r.heldOn <= r.firstPlannedDate && r.heldOn <= span.end) onTime += 1;
    }
    if (r.heldOn !== undefined && within(r.heldOn, span)) {
      held += 1;
      coverage.push({ reviewId, heldOn: r.heldOn, coverage: percent(r.presented, r.agendaSize) ?? 0 });
    }
  }
  coverage.sort((a, b) => (a.heldOn === b.heldOn ? (a.reviewId < b.reviewId ? -1 : 1) : a.heldOn < b.heldOn ? -1 : 1));
  return {
    measures: {
      reviewsPlanned: count(planned),
      reviewsHeld: count(held),
      reviewsHeldOnTime: count(onTime),
      cadenceAdherence: { value: percent(onTime, planned) },
      agendaCoverage: { value: meanOf(coverage.map((c) => c.coverage)) },
    },
    coverage,
  };
};
