import { type ManagementReviewEvent, routeEvents } from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyActionEvent } from './applyAction.js';
import { applyAuditEvent } from './applyAudit.js';
import { applyConsultationEvent } from './applyConsultation.js';
import { applyContextIssueEvent } from './applyContextIssue.js';
import { applyImprovementEvent } from './applyImprovement.js';
import { applyIndicatorEvent } from './applyIndicator.js';
import { applyInterestedPartyEvent } from './applyInterestedParty.js';
import { applyNonConformityEvent } from './applyNonConformity.js';
import { applyObjectiveEvent } from './applyObjective.js';
import { applyReviewEvent } from './applyReview.js';
import { applyRiskEvent } from './applyRisk.js';
import { type AuditorState, initialAuditorState } from './state.js';

/**
 * The state `apply` is folding. The router below is built once, not per event (a replay folds
 * millions), so its routes reach the state through this slot, which `apply` sets before routing:
 * `apply` is synchronous and routes call nothing that folds, so no fold ever sees another's state.
 */
let folding: AuditorState = initialAuditorState();

/** Each event to its aggregate's fold, by core's router. Events of no aggregate are only counted. */
const route = routeEvents<RecordedEvent<ManagementReviewEvent>, void>(
  {
    review: (event) => applyReviewEvent(folding, event),
    action: (event) => applyActionEvent(folding, event),
    nonConformity: (event) => applyNonConformityEvent(folding, event),
    risk: (event) => applyRiskEvent(folding, event),
    objective: (event) => applyObjectiveEvent(folding, event),
    indicator: (event) => applyIndicatorEvent(folding, event),
    audit: (event) => applyAuditEvent(folding, event),
    contextIssue: (event) => applyContextIssueEvent(folding, event),
    interestedParty: (event) => applyInterestedPartyEvent(folding, event),
    consultation: (event) => applyConsultationEvent(folding, event),
    improvement: (event) => applyImprovementEvent(folding, event),
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
  // 2: the records a review rests on (objectives … improvements) are folded; a checkpoint of 1 lacks them.
  version: 2,
  initial: initialAuditorState,
  apply: (state, event) => {
    state.events += 1;
    folding = state;
    route(event);
    return state;
  },
};
