import { aggregateOfEventType, dayOf, type ManagementReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyAction } from './folds/actions.js';
import { applyAudit } from './folds/audits.js';
import { applyConsultation } from './folds/consultations.js';
import { applyImprovement } from './folds/improvements.js';
import { applyIndicator } from './folds/indicators.js';
import { applyNonConformity } from './folds/nonConformities.js';
import { applyObjective } from './folds/objectives.js';
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

/** The route of an aggregate no KPI reads. */
const notFolded = (): void => {};

/** Each event to its aggregate's fold, by core's router. Events of no aggregate are ignored. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyReview(folding, event, foldingDay),
    action: (event) => applyAction(folding, event, foldingDay),
    nonConformity: (event) => applyNonConformity(folding, event, foldingDay),
    risk: (event) => applyRisk(folding, event, foldingDay),
    objective: (event) => applyObjective(folding, event, foldingDay),
    indicator: (event) => applyIndicator(folding, event, foldingDay),
    audit: (event) => applyAudit(folding, event, foldingDay),
    // The context (4.1) and the interested parties' requirements (4.2) are registers, not trends:
    // inputs b and c present them as they stand, and no KPI counts them, so they are not folded.
    contextIssue: notFolded,
    interestedParty: notFolded,
    consultation: (event) => applyConsultation(folding, event, foldingDay),
    improvement: (event) => applyImprovement(folding, event, foldingDay),
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
  version: 2,
  initial: initialKpiState,
  apply: (state, event) => {
    // A kernel event (an anchor taken, an erasure recorded) is no aggregate's and has no business `at`.
    if (aggregateOfEventType(event.type) === undefined) return state;
    folding = state;
    foldingDay = dayOf(event.data.at);
    route(event);
    return state;
  },
};
