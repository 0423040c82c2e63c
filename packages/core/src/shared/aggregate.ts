import {
  createEventRegistry,
  type Decider,
  type DomainError,
  type DomainEvent,
  type EventDefinition,
  type EventOf,
  type EventRegistry,
} from '@mgmt-review/eventsourcing';
import type { Catalogues } from '../catalogue/catalogue.js';
import type { Command, CommandCodecs, CommandOf } from './command.js';
import type { Lifecycle } from './lifecycle.js';

/** What a decider may depend on besides its own stream: configuration the host chose. */
export interface DomainContext {
  /** The clause catalogues a review may follow. */
  readonly catalogues: Catalogues;
}

/** One function of the facade: the command it sends, and the id fields the facade generates when left out. */
export interface Verb<T extends string = string> {
  readonly command: T;
  readonly generated?: readonly string[];
}

/**
 * Everything the library knows about one aggregate, in one value: the facade, the router and the
 * read models all take it from here, so nothing about an aggregate is written twice.
 */
export interface AggregateDescriptor<
  Name extends string = string,
  Codecs extends CommandCodecs = CommandCodecs,
  S = unknown,
  E extends DomainEvent = DomainEvent,
  Status extends string = string,
  Fact extends string = string,
> {
  /** Its name in code (`nonConformity`). */
  readonly name: Name;
  /** Its name in words with its clauses, for documents (`NonConformity (10.2)`). */
  readonly title: string;
  /** The facade's group of its functions (`nonConformities`). */
  readonly group: string;
  /** Its stream category: streams are `<category>-<id>`. */
  readonly category: string;
  /** The id of the aggregate a command is addressed to. */
  readonly idOf: (data: CommandOf<Codecs>['data']) => string;
  /** The id of the entity an event is about (the same id as its stream's). */
  readonly entityOf: (event: E) => string;
  /** Its events' definitions (codecs, schema versions, upcasters), and a registry of them. */
  // biome-ignore lint/suspicious/noExplicitAny: a codec is invariant in its payload type; any payload is accepted here.
  readonly events: readonly EventDefinition<string, any>[];
  readonly registry: EventRegistry<E>;
  /** Its commands' codecs, by command type. */
  readonly commands: Codecs;
  /** Its decider, given the host's configuration. */
  readonly decider: (context: DomainContext) => Decider<CommandOf<Codecs>, S, E, DomainError>;
  /** Its status after each event and what lapses: shared by the decider's state and every read model. */
  readonly lifecycle: Lifecycle<E, Status, Fact>;
  /** The status the decider's state holds. */
  readonly statusOf: (state: S) => Status;
  /** The facade's functions, by name: `{ schedule: { command: 'ScheduleReview', generated: ['reviewId'] } }`. */
  readonly verbs: Readonly<Record<string, Verb<keyof Codecs & string>>>;
}

/** A descriptor as it is declared: its registry is built from its events. */
export type AggregateDeclaration<
  Name extends string,
  Codecs extends CommandCodecs,
  S,
  E extends DomainEvent,
  Status extends string,
  Fact extends string,
> = Omit<AggregateDescriptor<Name, Codecs, S, E, Status, Fact>, 'registry'>;

/**
 * Declares an aggregate and builds its event registry. The types are inferred: it checks that
 * the descriptor's parts fit together (its commands, decider, events and life cycle) and keeps
 * their literal types (names, verbs), which the facade's and the router's types are computed from.
 */
export const defineAggregate = <
  const Name extends string,
  const Group extends string,
  Codecs extends CommandCodecs,
  S,
  // biome-ignore lint/suspicious/noExplicitAny: a codec is invariant in its payload type; any payload is accepted here.
  const Ds extends readonly EventDefinition<string, any>[],
  Status extends string,
  Fact extends string,
  const Verbs extends Readonly<Record<string, Verb<keyof Codecs & string>>>,
>(
  declaration: AggregateDeclaration<Name, Codecs, S, EventOf<Ds[number]>, Status, Fact> & {
    readonly group: Group;
    readonly events: Ds;
    readonly verbs: Verbs;
  },
): AggregateDescriptor<Name, Codecs, S, EventOf<Ds[number]>, Status, Fact> & {
  readonly group: Group;
  readonly verbs: Verbs;
} => ({ ...declaration, registry: createEventRegistry(declaration.events) });

/**
 * A descriptor with its types erased: what code that handles every aggregate alike (the facade's
 * builder) works with. Each descriptor's parts fit together by `defineAggregate`'s check, so a
 * command its codecs decode is one its decider takes, and its decider's events are its registry's.
 */
export interface ErasedAggregate {
  readonly name: string;
  readonly title: string;
  readonly group: string;
  readonly category: string;
  readonly idOf: (data: unknown) => string;
  readonly registry: EventRegistry;
  readonly commands: CommandCodecs;
  readonly decider: (context: DomainContext) => Decider<Command, unknown, DomainEvent, DomainError>;
  readonly verbs: Readonly<Record<string, Verb>>;
}

/** The one place an aggregate's types are erased (see `ErasedAggregate`). */
export const erased = (aggregate: { readonly name: string }): ErasedAggregate => aggregate as ErasedAggregate;
