import { type ManagementReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyActionEvent } from './applyAction.js';
import { applyNonConformityEvent } from './applyNonConformity.js';
import { applyReviewEvent } from './applyReview.js';
import { applyRiskEvent } from './applyRisk.js';
import { type AuditorState, initialAuditorState } from './state.js';

/**
 * The state `apply` is folding. The router below is built once, not per event (a replay folds
 * millions), so its routes reach the state through this slot, which `apply` sets before routing:
 * `apply` is synchronous and routes call nothing that folds, so no fold ever sees another's state.
 */
let folding: AuditorState = initialAuditorState();

/** The route of an aggregate this projection does not fold (yet). */
const notFoldedYet = (): void => {};

/** Each event to its aggregate's fold, by core's router. Events of no aggregate are only counted. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyReviewEvent(folding, event),
    action: (event) => applyActionEvent(folding, event),
    nonConformity: (event) => applyNonConformityEvent(folding, event),
    risk: (event) => applyRiskEvent(folding, event),
    // The records a review rests on have no evidence of their own yet: their events are only counted.
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
 * The facts an auditor's questions are answered from, folded from one tenant's history. Pure: it
 * reads nothing but the events (no clock), so the same history gives the same state, whether it is
 * rebuilt from the start, updated event by event, or cut "as of" a moment. `apply` fills the state
 * in place and returns it.
 */
export const auditorProjection: Projection<AuditorState, ManagementReviewEvent> = {
  name: 'auditor',
  version: 1,
  initial: initialAuditorState,
  apply: (state, event) => {
    state.events += 1;
    folding = state;
    route(event);
    return state;
  },
};
