import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { Id, IsoDate, IsoDateTime, nonEmptyArray, oneOf, personalText, struct, structWith } from '../shared/codecs.js';

/**
 * The events of an opportunity for improvement (ISO/IEC 27001:2022 10.1, 9.3.2 g, 9.3.3), stream
 * `improvement-<opportunityId>`; the continual-improvement log is the view of them all. Every
 * payload carries the opportunity id and `at`, the business time of the command (ISO-8601).
 */

/** Where the opportunity was found. */
export const ImprovementSource = oneOf('audit', 'review', 'incident', 'measurement', 'feedback', 'staffSuggestion');
export type ImprovementSource = t.TypeOf<typeof ImprovementSource>;

/** A rough level, for an opportunity's value and the effort it takes. */
export const ImprovementLevel = oneOf('low', 'medium', 'high');
export type ImprovementLevel = t.TypeOf<typeof ImprovementLevel>;

/** How a closed opportunity ended: its benefit realised, rejected, or withdrawn (with a reason). */
export const ImprovementClosure = oneOf('realised', 'rejected', 'withdrawn');
export type ImprovementClosure = t.TypeOf<typeof ImprovementClosure>;

/** The free text of an improvement opportunity, in its commands and events: each field may name a person (docs/privacy.md). */
export const improvementTexts = {
  description: personalText('what could be improved, which may name the person who suggested it'),
  expectedBenefit: personalText('the benefit expected, in words'),
  sourceReference: personalText('the name or reference of the record it was found in'),
  comment: personalText("the evaluator's comment"),
  reason: personalText('a reason given in words (for a deferral, a rejection, a withdrawal)'),
  benefitObserved: personalText('the benefit observed once in place, in words'),
  evidence: personalText('a reference to evidence: the name or URI of a document, ticket or attachment'),
};

/** What an opportunity is, as logged. */
export const improvementLogFields = {
  source: ImprovementSource,
  description: improvementTexts.description,
  expectedBenefit: improvementTexts.expectedBenefit,
};
/** The record it was found in: an audit, a review, an incident, a measurement, a feedback item. */
export const improvementLogOptions = { sourceReference: improvementTexts.sourceReference };

export const improvementOpportunityLogged = defineEvent({
  type: 'ImprovementOpportunityLogged',
  codec: structWith({ opportunityId: Id, ...improvementLogFields, at: IsoDateTime }, improvementLogOptions),
});

/** The opportunity's value and the effort it takes, as judged by `evaluatedBy`. */
export const improvementOpportunityEvaluated = defineEvent({
  type: 'ImprovementOpportunityEvaluated',
  codec: structWith(
    { opportunityId: Id, value: ImprovementLevel, effort: ImprovementLevel, evaluatedBy: Id, at: IsoDateTime },
    { comment: improvementTexts.comment },
  ),
});

/** 9.3.3: adopted by a decision of a management review, with the actions that decision calls for. */
export const improvementOpportunityAdopted = defineEvent({
  type: 'ImprovementOpportunityAdopted',
  codec: struct({
    opportunityId: Id,
    reviewId: Id,
    decisionId: Id,
    actionIds: t.array(Id),
    decidedBy: Id,
    at: IsoDateTime,
  }),
});

/** Deferred until `revisitOn`, by a review decision where one took it. */
export const improvementOpportunityDeferred = defineEvent({
  type: 'ImprovementOpportunityDeferred',
  codec: structWith(
    { opportunityId: Id, revisitOn: IsoDate, decidedBy: Id, at: IsoDateTime },
    { reason: improvementTexts.reason, reviewId: Id, decisionId: Id },
  ),
});

/** Rejected with the reason, by a review decision where one took it. */
export const improvementOpportunityRejected = defineEvent({
  type: 'ImprovementOpportunityRejected',
  codec: structWith(
    { opportunityId: Id, reason: improvementTexts.reason, decidedBy: Id, at: IsoDateTime },
    { reviewId: Id, decisionId: Id },
  ),
});

/** 10.1: the benefit observed once the adopted opportunity is put in place, with the evidence. */
export const improvementOpportunityRealised = defineEvent({
  type: 'ImprovementOpportunityRealised',
  codec: struct({
    opportunityId: Id,
    benefitObserved: improvementTexts.benefitObserved,
    evidence: nonEmptyArray(improvementTexts.evidence),
    at: IsoDateTime,
  }),
});

/** The opportunity leaves the open log: realised, rejected, or withdrawn with the reason. */
export const improvementOpportunityClosed = defineEvent({
  type: 'ImprovementOpportunityClosed',
  codec: structWith(
    { opportunityId: Id, closedAs: ImprovementClosure, at: IsoDateTime },
    { reason: improvementTexts.reason },
  ),
});

export const improvementEventDefinitions = [
  improvementOpportunityLogged,
  improvementOpportunityEvaluated,
  improvementOpportunityAdopted,
  improvementOpportunityDeferred,
  improvementOpportunityRejected,
  improvementOpportunityRealised,
  improvementOpportunityClosed,
] as const;

/** Any event of an improvement opportunity's stream. */
export type ImprovementEvent = EventOf<(typeof improvementEventDefinitions)[number]>;
