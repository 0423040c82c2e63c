import { deepStrictEqual, fail } from 'node:assert/strict';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { type Decider, foldState } from '../decider.js';
import type { DomainEvent } from '../envelope.js';

/**
 * The error expected from a refused command: its tag, and any other fields to match (`rule`,
 * `path`). Only the fields named here are compared, each by deep equality.
 */
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
   * matching the expected error (which, by construction, appends nothing). Throws an
   * `AssertionError` (from `node:assert`) when it does not hold, which every test runner reports
   * as a failure; returns the outcome when it does.
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

/** An event as a store keeps it: JSON, so fields that are `undefined` are absent. */
const asStored = (event: DomainEvent): DomainEvent => ({
  type: event.type,
  data: JSON.parse(JSON.stringify(event.data)) as unknown,
});

const typesOf = (events: readonly DomainEvent[]) => events.map((e) => e.type).join(', ') || 'none';

const check = <E extends DomainEvent, Err>(
  result: Either<Err, readonly E[]>,
  expected: readonly E[] | ExpectedError,
): void => {
  if (Array.isArray(expected)) {
    if (isLeft(result)) fail(`expected events ${typesOf(expected)}, got ${JSON.stringify(result.left)}`);
    deepStrictEqual(result.right.map(asStored), expected.map(asStored));
    return;
  }
  const error = expected as ExpectedError;
  if (!isLeft(result)) fail(`expected ${JSON.stringify(error)}, got events ${typesOf(result.right)}`);
  const refusal = result.left as Record<string, unknown>;
  const named = Object.fromEntries(Object.keys(error).map((field) => [field, refusal[field]]));
  deepStrictEqual(named, { ...error }, `expected ${JSON.stringify(error)}, got ${JSON.stringify(refusal)}`);
};

/**
 * Given/when/then for a decider: `deciderSpec(decider).given(pastEvents).when(command).then(events | error)`.
 * Payloads are compared as stored (JSON: fields that are `undefined` are absent), so a test states
 * what a store would keep. Framework-neutral: it asserts with `node:assert`, so it runs under
 * vitest, Jest, Mocha or `node:test` alike.
 *
 * @example
 * const spec = deciderSpec(counterDecider);
 * spec.given([]).when({ type: 'Open', name: 'visits' }).then([{ type: 'Opened', data: { name: 'visits' } }]);
 * spec.given([]).when({ type: 'Close', reason: 'done' }).then({ _tag: 'RuleBroken', rule: 'counter.open' });
 */
export const deciderSpec = <C, S, E extends DomainEvent, Err>(
  decider: Decider<C, S, E, Err>,
): DeciderSpec<C, S, E, Err> => ({
  given: (events) => ({
    when: (command) => {
      const state = foldState(decider, events);
      const result = decider.decide(command, state);
      const outcome: Outcome<S, E, Err> = {
        state,
        result,
        // biome-ignore lint/suspicious/noThenProperty: given/when/then reads as the scenario it checks; the outcome is never awaited.
        then: (expected) => {
          check(result, expected);
          return outcome;
        },
      };
      return outcome;
    },
  }),
});
