import { createEventRegistry, type EventRegistry } from '@mgmt-review/eventsourcing';
import { actionAggregate } from './action/aggregate.js';
import { type AggregateName, aggregates, type EventOfAggregate } from './aggregates.js';
import { nonConformityAggregate } from './nonConformity/aggregate.js';
import { reviewAggregate } from './review/aggregate.js';
import { riskAggregate } from './risk/aggregate.js';

/** Any event of the domain; `switch (event.type)` narrows `event.data`. */
export type ManagementReviewEvent = EventOfAggregate<AggregateName>;

/** Every event of the domain, in one registry: what a store is created with to accept and decode them. */
export const domainRegistry: EventRegistry<ManagementReviewEvent> = createEventRegistry(
  aggregates.flatMap((aggregate) => aggregate.events),
);

/** The events of review streams only. */
export const reviewRegistry = reviewAggregate.registry;
/** The events of action streams only. */
export const actionRegistry = actionAggregate.registry;
/** The events of nonconformity streams only. */
export const nonConformityRegistry = nonConformityAggregate.registry;
/** The events of risk streams only. */
export const riskRegistry = riskAggregate.registry;

/** The type names of the domain's events. */
export type ManagementReviewEventType = ManagementReviewEvent['type'];

/** One event of the domain by its type name: `DomainEventOf<'MinutesApproved'>['data']['approvedBy']`. */
export type DomainEventOf<T extends ManagementReviewEventType> = Extract<ManagementReviewEvent, { type: T }>;
