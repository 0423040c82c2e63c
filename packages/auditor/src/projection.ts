import type { ActionEvent, ManagementReviewEvent, NonConformityEvent, ReviewEvent, RiskEvent } from '@mgmt-review/core';
import { categoryOf, type Projection, type RecordedEvent } from '@mgmt-review/eventsourcing';
import { applyActionEvent } from './applyAction.js';
import { applyNonConformityEvent } from './applyNonConformity.js';
import { applyReviewEvent } from './applyReview.js';
import { applyRiskEvent } from './applyRisk.js';
import { type AuditorState, initialAuditorState } from './state.js';

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
    switch (categoryOf(event.streamId)) {
      case 'review':
        applyReviewEvent(state, event as RecordedEvent<ReviewEvent>);
        break;
      case 'action':
        applyActionEvent(state, event as RecordedEvent<ActionEvent>);
        break;
      case 'nonconformity':
        applyNonConformityEvent(state, event as RecordedEvent<NonConformityEvent>);
        break;
      case 'risk':
        applyRiskEvent(state, event as RecordedEvent<RiskEvent>);
        break;
    }
    return state;
  },
};
