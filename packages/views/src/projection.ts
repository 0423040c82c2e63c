import {
  type ActionEvent,
  actionEventDefinitions,
  type ManagementReviewEvent,
  type NonConformityEvent,
  nonConformityEventDefinitions,
  type ReviewEvent,
  type RiskEvent,
  reviewEventDefinitions,
  riskEventDefinitions,
} from '@mgmt-review/core';
import type { Projection, RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyActionEvent } from './registers/actions.js';
import { applyNonConformityEvent } from './registers/nonConformities.js';
import { applyReviewEvent } from './registers/reviews.js';
import { applyRiskEvent } from './registers/risks.js';
import { initialViewsState, type ViewsState } from './state.js';

type Aggregate = 'review' | 'action' | 'nonConformity' | 'risk';

/** The aggregate of each event type, so one lookup routes an event to its register. */
const aggregateOf: ReadonlyMap<string, Aggregate> = new Map<string, Aggregate>([
  ...reviewEventDefinitions.map((d) => [d.type, 'review'] as const),
  ...actionEventDefinitions.map((d) => [d.type, 'action'] as const),
  ...nonConformityEventDefinitions.map((d) => [d.type, 'nonConformity'] as const),
  ...riskEventDefinitions.map((d) => [d.type, 'risk'] as const),
]);

/** Folds one event into the views, in place. */
const applyToViews = (state: ViewsState, event: RecordedEvent<ManagementReviewEvent>): ViewsState => {
  state.eventCount += 1;
  switch (aggregateOf.get(event.type)) {
    case 'review':
      applyReviewEvent(state.reviews, event as unknown as ReviewEvent);
      break;
    case 'action':
      applyActionEvent(state.actions, state.actionIdsByOrigin, event as unknown as ActionEvent);
      break;
    case 'nonConformity':
      applyNonConformityEvent(state.nonConformities, event as unknown as NonConformityEvent);
      break;
    case 'risk':
      applyRiskEvent(state.risks, event as unknown as RiskEvent);
      break;
  }
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
