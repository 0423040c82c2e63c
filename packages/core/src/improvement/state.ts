import type { ClosedAs, ImprovementEvent, ImprovementSource, Level } from './events.js';
import { type ImprovementFact, type ImprovementStatus, improvementLifecycle } from './lifecycle.js';

/** The latest evaluation of an opportunity. */
export interface ImprovementEvaluation {
  readonly value: Level;
  readonly effort: Level;
}

/** The review decision that adopted the opportunity (9.3.3), and the actions it calls for. */
export interface Adoption {
  readonly reviewId: string;
  readonly decisionId: string;
  readonly actionIds: readonly string[];
}

/** An improvement opportunity as its decider sees it. */
export interface ImprovementOpportunity {
  readonly status: ImprovementStatus;
  readonly opportunityId: string;
  readonly source: ImprovementSource | undefined;
  readonly evaluation: ImprovementEvaluation | undefined;
  readonly adoption: Adoption | undefined;
  /** While deferred: the day to revisit it. Lapses as `improvementLifecycle` says. */
  readonly revisitOn: string | undefined;
  readonly benefitObserved: string | undefined;
  readonly closedAs: ClosedAs | undefined;
  readonly lastAt: string | undefined;
}

export const initialImprovementState: ImprovementOpportunity = {
  status: improvementLifecycle.initial,
  opportunityId: '',
  source: undefined,
  evaluation: undefined,
  adoption: undefined,
  revisitOn: undefined,
  benefitObserved: undefined,
  closedAs: undefined,
  lastAt: undefined,
};

/** What each event records, beyond the status and what lapses. */
const recorded = (s: ImprovementOpportunity, event: ImprovementEvent): ImprovementOpportunity => {
  switch (event.type) {
    case 'ImprovementOpportunityLogged':
      return { ...initialImprovementState, opportunityId: event.data.opportunityId, source: event.data.source };
    case 'ImprovementOpportunityEvaluated':
      return { ...s, evaluation: { value: event.data.value, effort: event.data.effort } };
    case 'ImprovementOpportunityAdopted': {
      const d = event.data;
      return { ...s, adoption: { reviewId: d.reviewId, decisionId: d.decisionId, actionIds: d.actionIds } };
    }
    case 'ImprovementOpportunityDeferred':
      return { ...s, revisitOn: event.data.revisitOn };
    case 'ImprovementOpportunityRealised':
      return { ...s, benefitObserved: event.data.benefitObserved };
    case 'ImprovementOpportunityClosed':
      return { ...s, closedAs: event.data.closedAs };
    case 'ImprovementOpportunityRejected':
      return s;
  }
};

const lapse = (s: ImprovementOpportunity, fact: ImprovementFact): ImprovementOpportunity => {
  switch (fact) {
    case 'deferral':
      return { ...s, revisitOn: undefined };
  }
};

/** Applies one event of the opportunity's history: what lapses first, then what the event records. */
export const evolveImprovement = (state: ImprovementOpportunity, event: ImprovementEvent): ImprovementOpportunity => {
  let s = state;
  for (const fact of improvementLifecycle.lapses(event)) s = lapse(s, fact);
  s = recorded(s, event);
  return { ...s, status: improvementLifecycle.statusAfter(state.status, event), lastAt: event.data.at };
};
