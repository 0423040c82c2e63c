import {
  type Clock,
  type IdGenerator,
  type LoadError,
  type LoadedState,
  loadState,
  streamIdOf,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import type { DomainAggregate, EventOfAggregate, StateOfAggregate } from '../aggregates.js';
import { type Policy, withPolicy } from '../policy/policy.js';
import { type DomainContext, type ErasedAggregate, erased, type Verb } from '../shared/aggregate.js';
import type { CommandOf } from '../shared/command.js';
import { type CommandFunction, commandFunctions } from './commandFunction.js';

type GeneratedOf<V> = V extends { readonly generated: readonly (infer G extends string)[] } ? G : never;

type DataOf<A extends DomainAggregate, T> = Extract<CommandOf<A['commands']>, { readonly type: T }>['data'];

/** One facade function of an aggregate, typed from its verb: the command's data, the ids it may generate. */
export type VerbFunction<A extends DomainAggregate, V extends Verb> = CommandFunction<
  DataOf<A, V['command']>,
  GeneratedOf<V>,
  StateOfAggregate<A['name']>,
  EventOfAggregate<A['name']>
>;

/** The facade's functions of one aggregate: one per verb, and `load`, which folds an entity's stream. */
export type AggregateHandles<A extends DomainAggregate> = {
  readonly [V in keyof A['verbs']]: VerbFunction<A, A['verbs'][V]>;
} & {
  /** The entity's state and stream version, as the store holds them now. */
  readonly load: (id: string) => TaskEither<LoadError, LoadedState<StateOfAggregate<A['name']>>>;
};

/** The facade's functions of every aggregate, by group: `reviews`, `actions`, `nonConformities`, `risks`. */
export type AggregateGroups = { readonly [A in DomainAggregate as A['group']]: AggregateHandles<A> };

/** What the handles of every aggregate share: one tenant's store, the clock, the ids, the policy. */
export interface HandlesDeps {
  readonly store: TenantEventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly policy: Policy;
  readonly context: DomainContext;
  readonly maxRetries?: number;
}

const handlesOf = (aggregate: ErasedAggregate, deps: HandlesDeps): Record<string, unknown> => {
  const handlerDeps = {
    store: deps.store,
    clock: deps.clock,
    ids: deps.ids,
    maxRetries: deps.maxRetries,
    registry: aggregate.registry,
    decider: withPolicy(aggregate.decider(deps.context), deps.policy),
    codecs: aggregate.commands,
    category: aggregate.category,
    idOf: aggregate.idOf,
  };
  const command = commandFunctions(handlerDeps);
  const handles: Record<string, unknown> = {
    load: (id: string) => loadState(handlerDeps)(streamIdOf(aggregate.category, id)),
  };
  for (const [name, verb] of Object.entries(aggregate.verbs)) handles[name] = command(verb.command, verb.generated);
  return handles;
};

/** Builds the facade's functions of every aggregate in `aggregates`, one group each, from their descriptors. */
export const aggregateGroups = (aggregates: readonly DomainAggregate[], deps: HandlesDeps): AggregateGroups => {
  const groups: Record<string, unknown> = {};
  for (const aggregate of aggregates) groups[aggregate.group] = handlesOf(erased(aggregate), deps);
  // Each group is built from its descriptor's own verbs: the function each verb's type describes.
  return groups as AggregateGroups;
};
