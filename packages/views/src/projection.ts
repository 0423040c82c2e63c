import { type ManagementReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyActionEvent } from './registers/actions.js';
import { applyAuditEvent } from './registers/audits.js';
import { applyConsultationEvent } from './registers/consultations.js';
import { applyContextIssueEvent } from './registers/contextIssues.js';
import { applyImprovementEvent } from './registers/improvements.js';
import { applyIndicatorEvent } from './registers/indicators.js';
import { applyInterestedPartyEvent } from './registers/interestedParties.js';
import { applyNonConformityEvent } from './registers/nonConformities.js';
import { applyObjectiveEvent } from './registers/objectives.js';
import { applyReviewEvent } from './registers/reviews.js';
import { applyRiskEvent } from './registers/risks.js';
import { initialViewsState, type ViewsState } from './state.js';

/**
 * The state `apply` is folding. The router below is built once, not per event (a replay folds
 * millions), so its routes reach the state through this slot, which `apply` sets before routing:
 * `apply` is synchronous and routes call nothing that folds, so no fold ever sees another's state.
 */
let folding: ViewsState = initialViewsState();

/** Each event to its aggregate's register, by core's router. Events of no aggregate are only counted. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyReviewEvent(folding.reviews, event),
    action: (event) => applyActionEvent(folding.actions, folding.actionIdsByOrigin, event),
    nonConformity: (event) => applyNonConformityEvent(folding.nonConformities, event),
    risk: (event) => applyRiskEvent(folding.risks, event),
    objective: (event) => applyObjectiveEvent(folding.objectives, event),
    indicator: (event) => applyIndicatorEvent(folding.indicators, event),
    audit: (event) => applyAuditEvent(folding.audits, event),
    contextIssue: (event) => applyContextIssueEvent(folding.context, event),
    interestedParty: (event) => applyInterestedPartyEvent(folding.interestedParties, event),
    consultation: (event) => applyConsultationEvent(folding.consultations, event),
    improvement: (event) => applyImprovementEvent(folding.improvements, event),
  },
  () => {},
);

/** Folds one event into the views, in place. */
const applyToViews = (state: ViewsState, event: RecordedEvent<ManagementReviewEvent>): ViewsState => {
  state.eventCount += 1;
  folding = state;
  route(event);
  return state;
};

/**
 * Every current-state view of one tenant — review board, action, nonconformity and risk registers,
 * calendar and follow-ups — as one pure fold. Run it one-off (`replay`, optionally `asOf`),
 * checkpointed (`createProjectionRunner`), or live (`viewStates`). `apply` updates the state it is
 * given in place and never reads a clock: anything that depends on "now" is a parameter of the
 * query functions.
 */
export const viewsProjection: Projection<ViewsState, ManagementReviewEvent> = {
  name: 'mgmt-review.views',
  version: 1,
  initial: initialViewsState,
  apply: applyToViews,
};
