import {
  type Actor,
  type Clock,
  type CommandError,
  type CommandResult,
  createCommandHandler,
  type Decider,
  type DomainError,
  type DomainEvent,
  type EventRegistry,
  type IdGenerator,
  type InvalidInput,
  invalidInput,
  streamIdOf,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { isLeft, left } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { type Command, type CommandCodecs, decodeCommand } from '../shared/command.js';

/** Who sends a command through the facade, and the ids that tie it to the host's request. */
export interface CommandOptions {
  /** The host user and role acting. An id, never a name or an e-mail. */
  readonly actor: Actor;
  /** The idempotency key: a command id already in the stream is not applied twice. Defaults to a new id. */
  readonly commandId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
}

/** A command's data as a host may hand it in: arrays and objects may be read-only. */
export type Readable<T> = T extends readonly (infer U)[]
  ? readonly Readable<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Readable<T[K]> }
    : T;

/** The input of a command: its data, where `at` and the ids the facade generates may be left out. */
export type InputOf<D, Generated extends string = never> = Readable<
  Omit<D, 'at' | Generated> & Partial<Pick<D, Extract<keyof D, 'at' | Generated>>>
>;

/** One command of the facade: validates the input, decides, appends, and returns the events and state. */
export type CommandFunction<D, Generated extends string, S, E extends DomainEvent> = (
  input: InputOf<D, Generated>,
  options: CommandOptions,
) => TaskEither<CommandError<DomainError>, CommandResult<S, E>>;

/** What the command functions of one aggregate work with: one tenant's store, and the aggregate's parts. */
export interface AggregateDeps {
  readonly store: TenantEventStore;
  readonly registry: EventRegistry;
  readonly decider: Decider<Command, unknown, DomainEvent, DomainError>;
  readonly codecs: CommandCodecs;
  /** The stream category (`review`) and how to read the aggregate's id from a command's data. */
  readonly category: string;
  readonly idOf: (data: unknown) => string;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly maxRetries?: number;
}

const validateActor = (actor: unknown): InvalidInput | undefined => {
  const a = actor as Partial<Actor> | undefined;
  const problems = [];
  if (typeof a?.id !== 'string' || a.id.trim() === '')
    problems.push({ path: 'actor.id', message: 'expected a user id' });
  if (typeof a?.role !== 'string' || a.role.trim() === '')
    problems.push({ path: 'actor.role', message: 'expected a role' });
  return problems.length === 0 ? undefined : invalidInput(problems);
};

/** Fills `at` from the clock and the generated ids from the id generator, where the input left them out. */
const complete = (input: unknown, generated: readonly string[], clock: Clock, ids: IdGenerator): unknown => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const filled: Record<string, unknown> = Object.assign({}, input as Record<string, unknown>);
  for (const key of generated) if (filled[key] === undefined) filled[key] = ids.next();
  if (filled.at === undefined) filled.at = clock.now();
  return filled;
};

/**
 * Builds the command functions of one aggregate over one tenant's store. Its types are erased
 * (`AggregateDeps`); the facade's types come from the aggregate's descriptor (`AggregateHandles`).
 */
export const commandFunctions = (deps: AggregateDeps) => {
  const handle = createCommandHandler({
    store: deps.store,
    registry: deps.registry,
    decider: deps.decider,
    maxRetries: deps.maxRetries,
  });
  return (type: string, generated: readonly string[] = []): CommandFunction<unknown, never, unknown, DomainEvent> =>
    (input, options) =>
    async () => {
      const badActor = validateActor(options?.actor);
      if (badActor !== undefined) return left(badActor);
      const decoded = decodeCommand(deps.codecs, type, options.actor, complete(input, generated, deps.clock, deps.ids));
      if (isLeft(decoded)) return decoded;
      const command = decoded.right;
      return handle(streamIdOf(deps.category, deps.idOf(command.data)), command, {
        commandId: options.commandId ?? deps.ids.next(),
        actor: options.actor,
        occurredAt: command.data.at ?? '',
        correlationId: options.correlationId,
        causationId: options.causationId,
      })();
    };
};
