import type { Lifecycle } from '@mgmt-review/core';
import type { DomainEvent } from '@mgmt-review/eventsourcing';

/**
 * The status after each event of an entity the auditor holds a record of, from its life cycle.
 * A record exists from the entity's first event on, and a life cycle leaves its initial status
 * (`none`, `unscheduled`) with that event and never returns to it, so a record's status type
 * leaves the initial one out. `initial` names it as a type and must be the life cycle's own; a
 * life cycle that led back to it would be a bug in the domain, and is reported as one.
 */
export const recordedStatus = <E extends DomainEvent, S extends string, I extends S>(
  lifecycle: Lifecycle<E, S, string>,
  initial: I,
): ((status: S, event: E) => Exclude<S, I>) => {
  if (lifecycle.initial !== initial) {
    throw new Error(`the life cycle starts at status '${lifecycle.initial}', not '${initial}'`);
  }
  const recorded = (status: S): status is Exclude<S, I> => status !== initial;
  return (status, event) => {
    const next = lifecycle.statusAfter(status, event);
    if (recorded(next)) return next;
    throw new Error(`the life cycle led back to its initial status '${initial}' after ${event.type}`);
  };
};
