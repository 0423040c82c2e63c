import { isLeft } from 'fp-ts/lib/Either.js';
import type { Decider } from '../decider.js';
import type { DomainEvent } from '../envelope.js';

/** Decides each command on the state the previous ones left; `refused` is told of each refusal. */
const decideInTurn = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
  commands: readonly C[],
  refused: (command: C, error: Err) => void,
): { readonly events: E[]; readonly state: S } => {
  const events: E[] = [];
  let state = decider.initialState;
  for (const command of commands) {
    const decided = decider.decide(command, state);
    if (isLeft(decided)) {
      refused(command, decided.left);
      continue;
    }
    for (const event of decided.right) {
      events.push(event);
      state = decider.evolve(state, event);
    }
  }
  return { events, state };
};

/**
 * The events a list of commands produces, each decided on the state the previous ones left.
 * For setting up a test's past: a refused command is a mistake in the test, so it throws.
 */
export const historyOf = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
  commands: readonly C[],
): E[] =>
  decideInTurn(decider, commands, (command, error) => {
    throw new Error(`historyOf: ${JSON.stringify(command)} was refused: ${JSON.stringify(error)}`);
  }).events;

/**
 * Runs commands through a decider, skipping those it refuses: the history a store would hold
 * after all of them were sent. Returns the events, the state they fold to, and how many commands
 * were refused.
 */
export const runCommands = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
  commands: readonly C[],
): { readonly events: readonly E[]; readonly state: S; readonly refused: number } => {
  let refused = 0;
  const { events, state } = decideInTurn(decider, commands, () => {
    refused++;
  });
  return { events, state, refused };
};
