import { dayOf, type ImprovementEvent, type ImprovementFact, improvementLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, ImprovementRecord } from './state.js';

const statusAfter = recordedStatus(improvementLifecycle, 'none');

/** Clears the evidence of a fact of the opportunity that lapsed. */
const lapse = (opportunity: ImprovementRecord, fact: ImprovementFact): void => {
  switch (fact) {
    case 'deferral':
      opportunity.deferred = undefined;
      return;
  }
};

/** The decision, realisation and closing each event records, beyond the status and what lapses. */
const record = (opportunity: ImprovementRecord, event: RecordedEvent<ImprovementEvent>, evidence: Evidence): void => {
  switch (event.type) {
    case 'ImprovementOpportunityAdopted': {
      const d = event.data;
      opportunity.adopted = { reviewId: d.reviewId, decisionId: d.decisionId, actionIds: d.actionIds, evidence };
      return;
    }
    case 'ImprovementOpportunityDeferred':
      opportunity.deferred = { revisitOn: event.data.revisitOn, evidence };
      return;
    case 'ImprovementOpportunityRejected':
      opportunity.rejected = { reason: event.data.reason, evidence };
      return;
    case 'ImprovementOpportunityRealised':
      opportunity.realised = { benefitObserved: event.data.benefitObserved, evidence };
      return;
    case 'ImprovementOpportunityClosed':
      opportunity.closed = { closedAs: event.data.closedAs, evidence };
      return;
    default:
      return;
  }
};

/**
 * Folds one improvement-opportunity event into the auditor's state (in place). The status and what
 * lapses come from the opportunity's life cycle (a deferral lapses once the opportunity is
 * revisited); the auditor adds the evidence of each decision and result.
 */
export const applyImprovementEvent = (state: AuditorState, event: RecordedEvent<ImprovementEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'ImprovementOpportunityLogged') {
    const d = event.data;
    state.improvements.set(d.opportunityId, {
      opportunityId: d.opportunityId,
      source: d.source,
      description: d.description,
      loggedOn: dayOf(d.at),
      logged: evidence,
      status: statusAfter(improvementLifecycle.initial, event),
      adopted: undefined,
      deferred: undefined,
      rejected: undefined,
      realised: undefined,
      closed: undefined,
    });
    return;
  }
  const opportunity = state.improvements.get(event.data.opportunityId);
  if (opportunity === undefined) return;
  for (const fact of improvementLifecycle.lapses(event)) lapse(opportunity, fact);
  record(opportunity, event, evidence);
  opportunity.status = statusAfter(opportunity.status, event);
};
