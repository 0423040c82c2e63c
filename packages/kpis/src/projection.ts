import { dayOf, type ManagementReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyAction } from './folds/actions.js';
import { applyNonConformity } from './folds/nonConformities.js';
import { applyReview } from './folds/reviews.js';
import { applyRisk } from './folds/risks.js';
import { initialKpiState, type KpiState } from './state.js';

/**
 * The state and the day `apply` is folding. The router below is built once, not per event (a
 * replay folds millions), so its routes reach them through this slot, which `apply` sets before
 * routing: `apply` is synchronous and routes call nothing that folds, so no fold sees another's state.
 */
let folding: KpiState = initialKpiState();
let foldingDay = '';

/** The route of an aggregate this projection does not fold (yet). */
const notFoldedYet = (): void => {};

/** Each event to its aggregate's fold, by core's router. Events of no aggregate are ignored. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyReview(folding, event, foldingDay),
    action: (event) => applyAction(folding, event, foldingDay),
    nonConformity: (event) => applyNonConformity(folding, event, foldingDay),
    risk: (event) => applyRisk(folding, event, foldingDay),
    // The records a review rests on have no figures of their own yet: their events are only counted.
    objective: notFoldedYet,
    indicator: notFoldedYet,
    audit: notFoldedYet,
    contextIssue: notFoldedYet,
    interestedParty: notFoldedYet,
    consultation: notFoldedYet,
    improvement: notFoldedYet,
  },
  () => {},
);

/**
 * The facts behind the trend KPIs of one tenant, as one pure fold. Run it one-off (`replay`,
 * optionally `asOf`), checkpointed (`createProjectionRunner`) or live; read it with `computeKpis`.
 * `apply` updates the state in place and reads no clock.
 */
export const kpiProjection: Projection<KpiState, ManagementReviewEvent> = {
  name: 'mgmt-review.kpis',
  version: 1,
  initial: initialKpiState,
  apply: (state, event) => {
    folding = state;
    foldingDay = dayOf(event.data.at);
    route(event);
    return state;
  },
};
