import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { type Decider, foldState } from './decider.js';
import type { Actor, DomainEvent, NewEvent, RecordedEvent } from './envelope.js';
import type { InvalidEvent, ReadError, StoreError, UnknownEvent } from './errors.js';
import type { EventRegistry } from './eventRegistry.js';
import type { TenantEventStore } from './eventStore.js';
import { EMPTY_HEAD, type StreamHead } from './sealing.js';

/** Who sends a command, when it happened, and its id (the key that makes a retry idempotent). */
export interface CommandContext {
  readonly commandId: string;
  readonly actor: Actor;
  /** Business time of the command (ISO-8601). */
  readonly occurredAt: string;
  readonly correlationId?: string;
  readonly causationId?: string;
}

/** What handling a command produced: its events, the state after them, the stream version. */
export interface CommandResult<S, E extends DomainEvent> {
  /** The events this command produced (when `alreadyHandled`, the ones it produced the first time). */
  readonly events: readonly RecordedEvent<E>[];
  /** The aggregate's state after the command. */
  readonly state: S;
  readonly streamVersion: number;
  /** True when the command id was already in the stream: nothing was appended this time. */
  readonly alreadyHandled: boolean;
}

/** What handling a command may fail with: the decider's own errors, or the store's. */
export type CommandError<Err> = Err | StoreError | UnknownEvent | InvalidEvent;

/** What a command handler works with: one tenant's store, the registry, the decider. */
export interface CommandHandlerDeps<C, S, E extends DomainEvent, Err> {
  readonly store: TenantEventStore;
  readonly registry: EventRegistry<E>;
  readonly decider: Decider<C, S, E, Err>;
  /** How many times a version conflict is retried (re-read, re-decide) before it is returned. Default 5. */
  readonly maxRetries?: number;
}

type Loaded<S, E extends DomainEvent> = {
  readonly state: S;
  readonly version: number;
  /** The head the stream was read at: the append is written only where it still is (one round trip). */
  readonly head: StreamHead;
  readonly history: readonly RecordedEvent<E>[];
};

const load = async <C, S, E extends DomainEvent, Err>(
  deps: CommandHandlerDeps<C, S, E, Err>,
  streamId: string,
): Promise<Either<ReadError | UnknownEvent | InvalidEvent, Loaded<S, E>>> => {
  const read = await deps.store.readStream(streamId);
  if (isLeft(read)) return read;
  const history: RecordedEvent<E>[] = [];
  for (const stored of read.right) {
    const decoded = deps.registry.decode(stored);
    if (isLeft(decoded)) return decoded;
    history.push(decoded.right);
  }
  const state = foldState(deps.decider, history as unknown as E[]);
  const last = history.at(-1);
  const head = last === undefined ? EMPTY_HEAD : { version: last.streamVersion, hash: last.hash };
  return right({ state, version: head.version, head, history });
};

/**
 * Handles commands for one stream: read, fold, decide, append at the version read. On a version
 * conflict it re-reads and decides again, up to `maxRetries` times. A command whose id already
 * produced events in the stream returns those events and appends nothing.
 */
export const createCommandHandler =
  <C, S, E extends DomainEvent, Err>(deps: CommandHandlerDeps<C, S, E, Err>) =>
  (streamId: string, command: C, context: CommandContext): TaskEither<CommandError<Err>, CommandResult<S, E>> =>
  async () => {
    const maxRetries = deps.maxRetries ?? 5;
    for (let attempt = 0; ; attempt++) {
      const loaded = await load(deps, streamId);
      if (isLeft(loaded)) return loaded;
      const { state, version, head, history } = loaded.right;
      const earlier = history.filter((event) => event.metadata.commandId === context.commandId);
      if (earlier.length > 0) {
        return right({ events: earlier, state, streamVersion: version, alreadyHandled: true });
      }
      const decided = deps.decider.decide(command, state);
      if (isLeft(decided)) return decided;
      if (decided.right.length === 0) {
        return right({ events: [], state, streamVersion: version, alreadyHandled: false });
      }
      const events: NewEvent[] = decided.right.map((event) => ({
        type: event.type,
        data: event.data,
        metadata: {
          actor: context.actor,
          occurredAt: context.occurredAt,
          commandId: context.commandId,
          correlationId: context.correlationId ?? context.commandId,
          causationId: context.causationId ?? context.commandId,
        },
      }));
      const appended = await deps.store.append(streamId, events, {
        expectedVersion: version === 0 ? 'no-stream' : version,
        knownHead: head,
      });
      if (isLeft(appended)) {
        if (appended.left._tag === 'VersionConflict' && attempt < maxRetries) continue;
        return appended;
      }
      const recorded: RecordedEvent<E>[] = [];
      for (const stored of appended.right.events) {
        const decoded = deps.registry.decode(stored);
        if (isLeft(decoded)) return left(decoded.left);
        recorded.push(decoded.right);
      }
      return right({
        events: recorded,
        state: foldState(deps.decider, recorded as unknown as E[], state),
        streamVersion: appended.right.streamVersion,
        alreadyHandled: false,
      });
    }
  };

/** What loading an aggregate's state may fail with: the store's read, or an event it cannot decode. */
export type LoadError = ReadError | UnknownEvent | InvalidEvent;

/** An aggregate's state, folded from its stream, and the stream's version it was folded at. */
export interface LoadedState<S> {
  readonly state: S;
  readonly version: number;
}

/** Reads and folds a stream into its decider's state, without a command. */
export const loadState =
  <C, S, E extends DomainEvent, Err>(deps: CommandHandlerDeps<C, S, E, Err>) =>
  (streamId: string): TaskEither<LoadError, LoadedState<S>> =>
  async () => {
    const loaded = await load(deps, streamId);
    return isLeft(loaded) ? loaded : right({ state: loaded.right.state, version: loaded.right.version });
  };
