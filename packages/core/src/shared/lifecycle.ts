import type { DomainEvent } from '@mgmt-review/eventsourcing';

/**
 * The life cycle of an aggregate, as data the read models share: the status an entity is at after
 * each event, and which facts recorded earlier no longer hold after it (they lapse). The decider's
 * state and every read model take both from here, so a register, the auditor's evidence and the
 * KPIs can never disagree on where an entity stands or on what an event undoes.
 *
 * Both functions are pure and total over the aggregate's events; they allocate nothing (the facts
 * returned are frozen constants), because every projection calls them for every event it folds.
 */
export interface Lifecycle<E extends DomainEvent, Status extends string, Fact extends string = never> {
  /** The status of an entity before its first event. */
  readonly initial: Status;
  /** The status after `event`, given the status before it. */
  readonly statusAfter: (status: Status, event: E) => Status;
  /** The facts recorded before `event` that lapse with it: what a read model must clear. */
  readonly lapses: (event: E) => readonly Fact[];
}

/** No fact lapses. */
export const nothingLapses: readonly never[] = Object.freeze([]);

/** A frozen list of lapsing facts, written once per rule. */
export const lapsing = <Fact extends string>(...facts: readonly Fact[]): readonly Fact[] => Object.freeze(facts);
