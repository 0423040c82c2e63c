import { actionAggregate } from './action/aggregate.js';
import { auditAggregate } from './audit/aggregate.js';
import { consultationAggregate } from './consultation/aggregate.js';
import { contextIssueAggregate } from './contextIssue/aggregate.js';
import { improvementAggregate } from './improvement/aggregate.js';
import { indicatorAggregate } from './indicator/aggregate.js';
import { interestedPartyAggregate } from './interestedParty/aggregate.js';
import { nonConformityAggregate } from './nonConformity/aggregate.js';
import { objectiveAggregate } from './objective/aggregate.js';
import { reviewAggregate } from './review/aggregate.js';
import { riskAggregate } from './risk/aggregate.js';
import type { CommandOf } from './shared/command.js';

/**
 * The aggregates of the domain. The facade, the event registry and the router are built from this
 * list: adding an aggregate is one folder exporting its descriptor and one entry here.
 */
export const aggregates = [
  reviewAggregate,
  actionAggregate,
  nonConformityAggregate,
  riskAggregate,
  objectiveAggregate,
  indicatorAggregate,
  auditAggregate,
  contextIssueAggregate,
  interestedPartyAggregate,
  consultationAggregate,
  improvementAggregate,
] as const;

/** Any aggregate's descriptor. */
export type DomainAggregate = (typeof aggregates)[number];
/** The names of the aggregates: `review`, `action`, `nonConformity`, `risk`, `objective`, `indicator`, `audit`, `contextIssue`… */
export type AggregateName = DomainAggregate['name'];
/** One aggregate's descriptor, by name. */
export type AggregateNamed<N extends AggregateName> = Extract<DomainAggregate, { readonly name: N }>;
/** The events of one aggregate. */
export type EventOfAggregate<N extends AggregateName> = Parameters<AggregateNamed<N>['entityOf']>[0];
/** The decider state of one aggregate. */
export type StateOfAggregate<N extends AggregateName> = Parameters<AggregateNamed<N>['statusOf']>[0];
/** The status (or stage) of one aggregate's entities. */
export type StatusOfAggregate<N extends AggregateName> = ReturnType<AggregateNamed<N>['statusOf']>;
/** The commands of one aggregate. */
export type CommandOfAggregate<N extends AggregateName> = CommandOf<AggregateNamed<N>['commands']>;
