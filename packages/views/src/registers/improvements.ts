import {
  dayOf,
  type ImprovementClosure,
  type ImprovementEvent,
  type ImprovementFact,
  type ImprovementLevel,
  type ImprovementSource,
  type ImprovementStatus,
  improvementLifecycle,
} from '@mgmt-review/core';

/** The latest evaluation of an opportunity: its value and the effort it takes, by whom, when. */
export interface ImprovementEvaluationRecord {
  readonly value: ImprovementLevel;
  readonly effort: ImprovementLevel;
  readonly evaluatedBy: string;
  readonly evaluatedOn: string;
  readonly comment: string | undefined;
}

/** The review decision that took a decision on the opportunity, where one did (9.3.3). */
export interface ReviewDecisionReference {
  readonly reviewId: string;
  readonly decisionId: string;
}

/**
 * The decision on an opportunity: adopted by a review decision with its actions, deferred to a
 * day to revisit it, or rejected with the reason.
 */
export type ImprovementDecisionRecord =
  | {
      /** 9.3.3: adopted by a review decision, with the actions it calls for. */
      readonly outcome: 'adopt';
      readonly decision: ReviewDecisionReference;
      readonly actionIds: readonly string[];
      readonly decidedBy: string;
      readonly decidedOn: string;
    }
  | {
      /** Deferred until `revisitOn`, by a review decision where one took it. */
      readonly outcome: 'defer';
      readonly decision: ReviewDecisionReference | undefined;
      readonly revisitOn: string;
      readonly reason: string | undefined;
      readonly decidedBy: string;
      readonly decidedOn: string;
    }
  | {
      readonly outcome: 'reject';
      readonly decision: ReviewDecisionReference | undefined;
      readonly reason: string;
      readonly decidedBy: string;
      readonly decidedOn: string;
    };

/** The benefit observed once an adopted opportunity was put in place (10.1), with the evidence. */
export interface RealisationRecord {
  readonly benefitObserved: string;
  readonly evidence: readonly string[];
  readonly realisedOn: string;
}

/** An opportunity for improvement in the continual-improvement log (10.1, 9.3.2 g). */
export interface ImprovementRecord {
  readonly opportunityId: string;
  readonly source: ImprovementSource;
  readonly sourceReference: string | undefined;
  readonly description: string;
  readonly expectedBenefit: string;
  status: ImprovementStatus;
  readonly loggedOn: string;
  evaluation: ImprovementEvaluationRecord | undefined;
  decision: ImprovementDecisionRecord | undefined;
  /** The day it was adopted; kept once adopted (an adoption does not lapse). */
  adoptedOn: string | undefined;
  realisation: RealisationRecord | undefined;
  closedOn: string | undefined;
  closedAs: ImprovementClosure | undefined;
  closeReason: string | undefined;
  lastActivityOn: string;
}

const referenceOf = (d: { readonly reviewId?: string; readonly decisionId?: string }) =>
  d.reviewId === undefined || d.decisionId === undefined
    ? undefined
    : { reviewId: d.reviewId, decisionId: d.decisionId };

/** Clears the fields of the log that record a fact the opportunity's life cycle says has lapsed. */
const lapse = (r: ImprovementRecord, fact: ImprovementFact): void => {
  switch (fact) {
    case 'deferral':
      if (r.decision?.outcome === 'defer') r.decision = undefined;
      return;
  }
};

/** What each event records beyond the status and what lapses: evaluation, decision, realisation, closure. */
const record = (r: ImprovementRecord, event: ImprovementEvent, day: string): void => {
  switch (event.type) {
    case 'ImprovementOpportunityEvaluated': {
      const d = event.data;
      r.evaluation = {
        value: d.value,
        effort: d.effort,
        evaluatedBy: d.evaluatedBy,
        evaluatedOn: day,
        comment: d.comment,
      };
      return;
    }
    case 'ImprovementOpportunityAdopted': {
      const d = event.data;
      r.decision = {
        outcome: 'adopt',
        decision: { reviewId: d.reviewId, decisionId: d.decisionId },
        actionIds: d.actionIds,
        decidedBy: d.decidedBy,
        decidedOn: day,
      };
      r.adoptedOn = day;
      return;
    }
    case 'ImprovementOpportunityDeferred': {
      const d = event.data;
      r.decision = {
        outcome: 'defer',
        decision: referenceOf(d),
        revisitOn: d.revisitOn,
        reason: d.reason,
        decidedBy: d.decidedBy,
        decidedOn: day,
      };
      return;
    }
    case 'ImprovementOpportunityRejected': {
      const d = event.data;
      r.decision = {
        outcome: 'reject',
        decision: referenceOf(d),
        reason: d.reason,
        decidedBy: d.decidedBy,
        decidedOn: day,
      };
      return;
    }
    case 'ImprovementOpportunityRealised':
      r.realisation = { benefitObserved: event.data.benefitObserved, evidence: event.data.evidence, realisedOn: day };
      return;
    case 'ImprovementOpportunityClosed':
      r.closedOn = day;
      r.closedAs = event.data.closedAs;
      r.closeReason = event.data.reason;
      return;
    case 'ImprovementOpportunityLogged':
      return;
  }
};

/**
 * Folds one improvement event into the log's records, in place. The status and what lapses come
 * from the opportunity's life cycle (a deferral lapses once the opportunity is revisited); the log
 * adds the evaluation, the decision with its review decision, the realisation and the days.
 */
export const applyImprovementEvent = (improvements: Map<string, ImprovementRecord>, event: ImprovementEvent): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'ImprovementOpportunityLogged') {
    const d = event.data;
    improvements.set(d.opportunityId, {
      opportunityId: d.opportunityId,
      source: d.source,
      sourceReference: d.sourceReference,
      description: d.description,
      expectedBenefit: d.expectedBenefit,
      status: improvementLifecycle.statusAfter(improvementLifecycle.initial, event),
      loggedOn: day,
      evaluation: undefined,
      decision: undefined,
      adoptedOn: undefined,
      realisation: undefined,
      closedOn: undefined,
      closedAs: undefined,
      closeReason: undefined,
      lastActivityOn: day,
    });
    return;
  }
  const r = improvements.get(event.data.opportunityId);
  if (r === undefined) return;
  for (const fact of improvementLifecycle.lapses(event)) lapse(r, fact);
  record(r, event, day);
  r.lastActivityOn = day;
  r.status = improvementLifecycle.statusAfter(r.status, event);
};
