import type { Dated } from '../state.js';

/** The part of a core life cycle (`objectiveLifecycle`, `auditLifecycle`…) that gives statuses. */
interface StatusRule<E, S> {
  readonly initial: S;
  readonly statusAfter: (status: S, event: E) => S;
}

/**
 * Records the status an aggregate's life cycle gives after `event`, from `day` on, when it differs
 * from the status before: the KPIs read where a record stands from core, never from rules of their own.
 */
export const advanceStatus = <E, S>(statuses: Dated<S>[], lifecycle: StatusRule<E, S>, event: E, day: string): void => {
  const before = statuses.length === 0 ? lifecycle.initial : statuses[statuses.length - 1]!.value;
  const after = lifecycle.statusAfter(before, event);
  if (after !== before) statuses.push({ day, value: after });
};
