import { createEventRegistry } from '@mgmt-review/eventsourcing';
import { type ActionEvent, actionEventDefinitions } from './action/events.js';
import { type NonConformityEvent, nonConformityEventDefinitions } from './nonConformity/events.js';
import { type ReviewEvent, reviewEventDefinitions } from './review/events.js';
import { type RiskEvent, riskEventDefinitions } from './risk/events.js';

/** Every event of the domain, in one registry: what a store is created with to accept and decode them. */
export const domainRegistry = createEventRegistry([
  ...reviewEventDefinitions,
  ...actionEventDefinitions,
  ...nonConformityEventDefinitions,
  ...riskEventDefinitions,
]);

/** Any event of the domain; `switch (event.type)` narrows `event.data`. */
export type ManagementReviewEvent = ReviewEvent | ActionEvent | NonConformityEvent | RiskEvent;

/** The events of review streams only. */
export const reviewRegistry = createEventRegistry(reviewEventDefinitions);
/** The events of action streams only. */
export const actionRegistry = createEventRegistry(actionEventDefinitions);
/** The events of nonconformity streams only. */
export const nonConformityRegistry = createEventRegistry(nonConformityEventDefinitions);
/** The events of risk streams only. */
export const riskRegistry = createEventRegistry(riskEventDefinitions);

/** The type names of the domain's events. */
export type ManagementReviewEventType = ManagementReviewEvent['type'];

/** One event of the domain by its type name: `DomainEventOf<'MinutesApproved'>['data']['approvedBy']`. */
export type DomainEventOf<T extends ManagementReviewEventType> = Extract<ManagementReviewEvent, { type: T }>;
