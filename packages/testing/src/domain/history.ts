import type { Decider, DomainEvent } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';

/**
 * The events a list of commands produces, each decided on the state the previous ones left.
 * For setting up a test's past: a refused command is a mistake in the test, so it throws.
 */
export const historyOf = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
  commands: readonly C[],
): E[] => {
  const events: E[] = [];
  let state = decider.initialState;
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (isLeft(decided)) {
      throw new Error(`historyOf: ${JSON.stringify(command)} was refused: ${JSON.stringify(decided.left)}`);
    }
    for (const event of decided.right) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return events;
};

/**
 * Runs commands through a decider, skipping those it refuses: the history a store would hold
 * after all of them were sent. Returns the events, and how many commands were refused.
 */
export const runCommands = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
  commands: readonly C[],
): { readonly events: readonly E[]; readonly state: S; readonly refused: number } => {
  const events: E[] = [];
  let state = decider.initialState;
  let refused = 0;
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (isLeft(decided)) {
      refused++;
      continue;
    }
    for (const event of decided.right) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return { events, state, refused };
};
