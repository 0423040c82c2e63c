import type { Decider, DomainEvent } from '@mgmt-review/eventsourcing';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { expect } from 'vitest';

/** The error expected from a refused command: its tag, and any other fields to match (`rule`, `path`). */
export interface ExpectedError {
  readonly _tag: string;
  readonly [field: string]: unknown;
}

/** What a command did, given a history: the decision, and the state it was decided on. */
export interface Outcome<S, E extends DomainEvent, Err> {
  /** The state the past events fold to. */
  readonly state: S;
  /** What `decide` returned. */
  readonly result: Either<Err, readonly E[]>;
  /**
   * Asserts the outcome: the events decided (compared by type and data, in order), or a refusal
   * matching the expected error (which, by construction, appends nothing). Returns the outcome.
   */
  then(expected: readonly E[] | ExpectedError): Outcome<S, E, Err>;
}

export interface Given<C, S, E extends DomainEvent, Err> {
  when(command: C): Outcome<S, E, Err>;
}

export interface DeciderSpec<C, S, E extends DomainEvent, Err> {
  /** The past events of the aggregate (oldest first). */
  given(events: readonly E[]): Given<C, S, E, Err>;
}

const strip = (event: DomainEvent): DomainEvent => ({
  type: event.type,
  data: JSON.parse(JSON.stringify(event.data)) as unknown,
});

/**
 * Given/when/then for a decider: `spec(decider).given(pastEvents).when(command).then(events | error)`.
 * Payloads are compared as stored (JSON: fields that are `undefined` are absent), so a test states
 * what a store would keep.
 */
export const deciderSpec = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
): DeciderSpec<C, S, E, Err> => ({
  given: (events) => ({
    when: (command) => {
      let state = decider.initialState;
      for (const event of events) state = decider.evolve(state, event);
      const result = decider.decide(command, state);
      const outcome: Outcome<S, E, Err> = {
        state,
        result,
        // biome-ignore lint/suspicious/noThenProperty: given/when/then reads as the scenario it checks; the outcome is never awaited.
        then: (expected) => {
          if (Array.isArray(expected)) {
            if (isLeft(result)) {
              expect.fail(
                `expected events ${expected.map((e) => e.type).join(', ')}, got ${JSON.stringify(result.left)}`,
              );
            } else {
              expect(result.right.map(strip)).toEqual((expected as readonly E[]).map(strip));
            }
          } else if (isLeft(result)) {
            expect(result.left).toMatchObject(expected as ExpectedError);
          } else {
            expect.fail(
              `expected ${JSON.stringify(expected)}, got events ${result.right.map((e) => e.type).join(', ')}`,
            );
          }
          return outcome;
        },
      };
      return outcome;
    },
  }),
});
