import type { Either } from 'fp-ts/lib/Either.js';
import type { DomainEvent } from './envelope.js';
import type { DomainError } from './errors.js';

/**
 * An aggregate as three pure functions. `decide` never throws and never reads a clock: every
 * fact it needs is in the command or the state; it returns the events to append, or why not.
 */
export interface Decider<C, S, E extends DomainEvent, Err = DomainError> {
  readonly initialState: S;
  readonly evolve: (state: S, event: E) => S;
  readonly decide: (command: C, state: S) => Either<Err, readonly E[]>;
}

/** Folds events into a state with a decider's `evolve`. */
export const foldState = <S, E extends DomainEvent>(
  decider: Pick<Decider<unknown, S, E, unknown>, 'initialState' | 'evolve'>,
  events: Iterable<E>,
  from: S = decider.initialState,
): S => {
  let state = from;
  for (const event of events) state = decider.evolve(state, event);
  return state;
};
