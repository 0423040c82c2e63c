import { type AggregateName, aggregates, type DomainAggregate, type EventOfAggregate } from './aggregates.js';

const aggregateOfType: ReadonlyMap<string, DomainAggregate> = new Map(
  aggregates.flatMap((aggregate) => aggregate.events.map((definition) => [definition.type, aggregate] as const)),
);

/** The aggregate an event type belongs to, or `undefined` for a type the domain does not define. */
export const aggregateOfEventType = (type: string): DomainAggregate | undefined => aggregateOfType.get(type);

/**
 * One function per aggregate, each given only its aggregate's events: `X` is the event as the
 * caller holds it (a `ManagementReviewEvent`, or a `RecordedEvent<ManagementReviewEvent>` with its
 * envelope), narrowed to the aggregate's event types.
 */
export type EventRoutes<X extends { readonly type: string }, R> = {
  readonly [N in AggregateName]: (event: Extract<X, { readonly type: EventOfAggregate<N>['type'] }>) => R;
};

/**
 * Routes each event to the function of its aggregate, by event type (one map lookup); an event of
 * a type the domain does not define goes to `otherwise`. Read models route with this, never with a
 * switch of their own over another aggregate's events.
 */
export const routeEvents = <X extends { readonly type: string }, R>(
  routes: EventRoutes<X, R>,
  otherwise: (event: X) => R,
): ((event: X) => R) => {
  // One table from event type to route, built once per router: routing an event is one lookup.
  // The table is built from each aggregate's own event definitions, so each route is given only
  // its aggregate's events.
  const byType = new Map<string, (event: X) => R>();
  for (const [type, aggregate] of aggregateOfType) byType.set(type, routes[aggregate.name] as (event: X) => R);
  return (event) => (byType.get(event.type) ?? otherwise)(event);
};
