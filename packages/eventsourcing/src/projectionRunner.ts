import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';
import type { CheckpointStore } from './checkpoints.js';
import type { DomainEvent } from './envelope.js';
import type { EventRegistry } from './eventRegistry.js';
import type { TenantEventStore } from './eventStore.js';
import type { Projection } from './projection.js';
import { decodeOrThrow } from './replay.js';

/** What a projection runner folds, from which store, and where it keeps its checkpoint. */
export interface ProjectionRunnerOptions<S, E extends DomainEvent> {
  readonly store: TenantEventStore;
  readonly registry: EventRegistry<E>;
  readonly projection: Projection<S, E>;
  /** Where to resume from and save to; without it the runner starts from position 0 each time. */
  readonly checkpoints?: CheckpointStore<S>;
  /** Save a checkpoint after this many events (and whenever the runner catches up or stops). Default 1,000. */
  readonly checkpointEvery?: number;
}

/** A running projection: its states, its progress, and its lifecycle. A stopped runner does not start again. */
export interface ProjectionRunner<S> {
  /** Every state after each event folded, starting with the state at start (or at the checkpoint). */
  readonly states: Observable<S>;
  /** Starts folding: catch-up from the checkpoint, then live. Resolves once the checkpoint is loaded. */
  start(): Promise<void>;
  /** Resolves with the state once every event stored when it was called has been folded. */
  whenCaughtUp(): Promise<S>;
  /** The current state and the last position folded. */
  current(): { readonly state: S; readonly position: bigint };
  /** Stops following and saves a final checkpoint; pending `whenCaughtUp` calls short of their target reject. */
  stop(): Promise<void>;
}

/**
 * Keeps a projection current over one tenant's events. A projection whose version differs from the
 * checkpoint's is rebuilt from position 0. A failure (an unreadable event, a failing apply) errors
 * the `states` Observable and rejects pending `whenCaughtUp` calls: the runner never skips an event.
 */
export const createProjectionRunner = <S, E extends DomainEvent>(
  options: ProjectionRunnerOptions<S, E>,
): ProjectionRunner<S> => {
  const { store, registry, projection, checkpoints } = options;
  const every = options.checkpointEvery ?? 1000;
  let state = projection.initial();
  let position = 0n;
  let sinceSave = 0;
  let failure: unknown;
  let stopped = false;
  let subscription: Subscription | undefined;
  const states = new BehaviorSubject<S>(state);
  const waiters: {
    readonly target: bigint;
    readonly resolve: (s: S) => void;
    readonly reject: (e: unknown) => void;
  }[] = [];

  const save = async () => {
    sinceSave = 0;
    await checkpoints?.save({ projection: projection.name, projectionVersion: projection.version, position, state });
  };

  const settle = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i]!;
      if (failure !== undefined) waiter.reject(failure);
      else if (position >= waiter.target) waiter.resolve(state);
      else continue;
      waiters.splice(i, 1);
    }
  };

  return {
    states: states.asObservable(),
    async start() {
      if (subscription !== undefined) return;
      const checkpoint = await checkpoints?.load(projection.name);
      if (checkpoint !== undefined && checkpoint.projectionVersion === projection.version) {
        state = checkpoint.state;
        position = checkpoint.position;
        states.next(state);
      }
      subscription = store.subscribe({ after: position }).subscribe({
        next: (stored) => {
          // After a failure nothing more is folded: the state stays at the last event applied.
          if (failure !== undefined) return;
          try {
            state = projection.apply(state, decodeOrThrow(registry, stored));
            position = stored.globalPosition;
          } catch (error) {
            failure = error;
            subscription?.unsubscribe();
            states.error(error);
            settle();
            return;
          }
          states.next(state);
          sinceSave += 1;
          if (sinceSave >= every) void save();
          settle();
        },
        error: (error: unknown) => {
          failure = error;
          states.error(error);
          settle();
        },
      });
      // A store may deliver (and fail on) stored events while subscribing, before the line above returns.
      if (failure !== undefined) subscription.unsubscribe();
    },
    async whenCaughtUp() {
      if (failure !== undefined) throw failure;
      const target = await store.headPosition();
      if (stopped && position < target) {
        throw new Error(`projection ${projection.name} is stopped at position ${position}, before ${target}`);
      }
      if (position >= target) {
        if (sinceSave > 0) await save();
        return state;
      }
      const reached = await new Promise<S>((resolve, reject) => {
        waiters.push({ target, resolve, reject });
      });
      if (sinceSave > 0) await save();
      return reached;
    },
    current: () => ({ state, position }),
    async stop() {
      subscription?.unsubscribe();
      subscription = undefined;
      stopped = true;
      // Nobody waits forever: callers still short of their target learn the runner stopped.
      for (const waiter of waiters.splice(0)) {
        if (position >= waiter.target) waiter.resolve(state);
        else
          waiter.reject(
            new Error(`projection ${projection.name} stopped at position ${position}, before ${waiter.target}`),
          );
      }
      if (failure === undefined) await save();
      states.complete();
    },
  };
};
