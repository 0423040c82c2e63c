/**
 * @mgmt-review/core — the ISO/IEC 27001:2022 management review and its improvement loop as
 * event-sourced aggregates: Review (9.3), Action, NonConformity (10.2), Risk (6.1.2, 6.1.3,
 * 8.2, 8.3), and the records a review rests on: Objective (6.2), Indicator (9.1), Audit (9.2),
 * ContextIssue with the climate decision (4.1), InterestedParty (4.2), Consultation (9.3.2 c, e)
 * and ImprovementOpportunity (10.1). Every rule taken from the standard names its clause in the
 * error it returns.
 *
 * Start with `createManagementReview` (the host facade). Stores are created with `domainRegistry`;
 * projections fold `ManagementReviewEvent`s.
 */

/** Action: commands, events, life cycle, state, decider (`actionDecider`), descriptor (`actionAggregate`). */
export * from './action/index.js';
/** The aggregates of the domain, as one list of descriptors: `aggregates`, `AggregateName`, `EventOfAggregate`… */
export * from './aggregates.js';
/** Audit (9.2) in an audit programme: commands, events, life cycle, state, decider (`auditDecider`), descriptor (`auditAggregate`). */
export * from './audit/index.js';
/** The review inputs as data: `ClauseCatalogue`, `iso27001_2022`, `builtInCatalogues`. */
export * from './catalogue/index.js';
/**
 * Consultation of interested parties (9.3.2 c, e): commands, events, life cycle, state, decider
 * (`consultationDecider`), descriptor (`consultationAggregate`), and `isTakenIntoAccount`.
 */
export * from './consultation/index.js';
/**
 * The context (4.1, Amd 1:2024): context issues and the climate-change decision per review cycle
 * (stream `context-climate`): commands, events, life cycle, state, decider (`contextIssueDecider`),
 * descriptor (`contextIssueAggregate`).
 */
export * from './contextIssue/index.js';
/** The host facade: `createManagementReview`. */
export * from './facade/index.js';
/**
 * ImprovementOpportunity (10.1, 9.3.2 g): commands, events, life cycle, state, decider
 * (`improvementDecider`), descriptor (`improvementAggregate`).
 */
export * from './improvement/index.js';
/**
 * Indicator (9.1) and its measurements: commands, events, life cycle, state, decider (`indicatorDecider`),
 * descriptor (`indicatorAggregate`), periods by frequency (`periodOf`, `periodBounds`, `Period`) and
 * the comparisons with target and threshold (`meetsTarget`, `breaches`).
 */
export * from './indicator/index.js';
/**
 * InterestedParty and its requirements (4.2, Amd 1:2024): commands, events, life cycle, state,
 * decider (`interestedPartyDecider`), descriptor (`interestedPartyAggregate`).
 */
export * from './interestedParty/index.js';
/** NonConformity (10.2): commands, events, state, decider (`nonConformityDecider`). */
export * from './nonConformity/index.js';
/** Objective (6.2) and its plan: commands, events, life cycle, state, decider (`objectiveDecider`), descriptor (`objectiveAggregate`). */
export * from './objective/index.js';
/** Who may do what: `Policy`, `builtInPolicy`, `allowAll`, `allOf`, `withPolicy`. */
export * from './policy/index.js';
/** 9.3.2 a: `PreviousAction`, `presentPreviousActions`. */
export * from './queries/index.js';
/** `domainRegistry` (every domain event), per-aggregate registries, and `ManagementReviewEvent` (their union). */
export * from './registry.js';
/** Review (9.3): commands, events, state, decider (`reviewDecider`, `createReviewDecider`). */
export * from './review/index.js';
/** Risk (6.1.2, 6.1.3, 8.2, 8.3): commands, events, state, decider (`riskDecider`), `needsReassessment`. */
export * from './risk/index.js';
/** The typed event router read models use: `routeEvents`, `aggregateOfEventType`. */
export * from './router.js';
/** The shape of an aggregate: `AggregateDescriptor`, `defineAggregate`, `DomainContext`. */
export type { AggregateDescriptor, DomainContext, Verb } from './shared/aggregate.js';
export { defineAggregate } from './shared/aggregate.js';
/** Shared codecs: dates, ids, people. */
export * from './shared/codecs.js';
/** Commands: `Command`, `decodeCommand`. */
export * from './shared/command.js';
/** Life cycles: `Lifecycle`, what lapses. */
export type { Lifecycle } from './shared/lifecycle.js';
/** Rule names that are not clauses: `lifecycleRule`, `chronologyRule`, `verifierIsNotOwnerRule`. */
export { chronologyRule, lifecycleRule, verifierIsNotOwnerRule } from './shared/rules.js';
export * from './shared/time.js';
/** Stream ids of the aggregates: `review-<id>`, `action-<id>`, `nonconformity-<id>`, `risk-<id>`. */
export * from './streams.js';
