import type { DomainEvent, RecordedEvent } from './envelope.js';

/**
 * A read model as a pure fold. The same projection serves a one-off replay ("as of"), a
 * checkpointed runner, and a live Observable. `apply` may mutate and return the state it is given
 * (the runner owns it); it must not read clocks or other state.
 */
export interface Projection<S, E extends DomainEvent = DomainEvent> {
  readonly name: string;
  /** Bump it when `apply` changes meaning: a runner then rebuilds from position 0. */
  readonly version: number;
  readonly initial: () => S;
  readonly apply: (state: S, event: RecordedEvent<E>) => S;
}

/**
 * The moment a projection is computed at:
 * - `recordedAt`: what the organisation had recorded by then (the default meaning of "as of");
 * - `occurredAt`: what had happened by then in business time, whenever it was recorded;
 * - `position`: everything up to and including a global position.
 */
export type AsOf = { readonly recordedAt: string } | { readonly occurredAt: string } | { readonly position: bigint };

/** Whether an event belongs to the history "as of" a moment. ISO-8601 UTC strings compare in time order. */
export const isWithin = (event: RecordedEvent, asOf: AsOf | undefined): boolean => {
  if (asOf === undefined) return true;
  if ('position' in asOf) return event.globalPosition <= asOf.position;
  if ('recordedAt' in asOf) return Date.parse(event.metadata.recordedAt) <= Date.parse(asOf.recordedAt);
  return Date.parse(event.metadata.occurredAt) <= Date.parse(asOf.occurredAt);
};

/** Folds events already decoded into a projection's state. */
export const foldProjection = <S, E extends DomainEvent>(
  projection: Projection<S, E>,
  events: Iterable<RecordedEvent<E>>,
  asOf?: AsOf,
  from: S = projection.initial(),
): S => {
  let state = from;
  for (const event of events) {
    if (isWithin(event as RecordedEvent, asOf)) state = projection.apply(state, event);
  }
  return state;
};

// biome-ignore lint/suspicious/noExplicitAny: a projection's state type is invariant; any state is accepted here.
type AnyProjection = Projection<any, any>;

/** The state of each projection of a record of projections, by the same keys. */
export type CombinedState<P extends Record<string, AnyProjection>> = {
  [K in keyof P]: P[K] extends Projection<infer S, infer _E> ? S : never;
};

/** The events a record of projections folds. */
export type CombinedEvent<P extends Record<string, AnyProjection>> = EventOfProjection<P[keyof P]>;

/** The events a projection folds (distributes over a union of projections). */
export type EventOfProjection<X> = X extends {
  readonly initial: () => unknown;
  readonly apply: (state: never, event: infer R) => unknown;
}
  ? R extends RecordedEvent<infer E>
    ? E
    : never
  : never;

/**
 * Several projections run as one: a state per name, one pass over the history. Its version changes
 * when any member's version does, so a runner rebuilds the whole when one member changes meaning.
 */
export const combineProjections = <P extends Record<string, AnyProjection>>(
  name: string,
  projections: P,
): Projection<CombinedState<P>, CombinedEvent<P>> => {
  const entries = Object.entries(projections);
  return {
    name,
    version: entries.reduce((sum, [, p]) => (sum * 31 + p.version) % 2_147_483_647, 1),
    initial: () => Object.fromEntries(entries.map(([key, p]) => [key, p.initial()])) as CombinedState<P>,
    apply: (state, event) => {
      const record = state as Record<string, unknown>;
      for (const [key, p] of entries) record[key] = p.apply(record[key], event);
      return state;
    },
  };
};
