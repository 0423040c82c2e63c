import { isLeft } from 'fp-ts/lib/Either.js';
import type { DomainEvent, RecordedEvent } from './envelope.js';
import type { InvalidEvent, UnknownEvent } from './errors.js';
import type { EventRegistry } from './eventRegistry.js';
import type { TenantEventStore } from './eventStore.js';
import { type AsOf, isWithin, type Projection } from './projection.js';

/** The history could not be read back: an event of an unknown type or version, or a payload that fails its codec. */
export class HistoryUnreadable extends Error {
  readonly error: UnknownEvent | InvalidEvent;
  constructor(error: UnknownEvent | InvalidEvent) {
    super(error.message);
    this.name = `HistoryUnreadable(${error._tag})`;
    this.error = error;
  }
}

/** Decodes a stored event, throwing `HistoryUnreadable` if the registry cannot. */
export const decodeOrThrow = <E extends DomainEvent>(
  registry: EventRegistry<E>,
  stored: Parameters<EventRegistry<E>['decode']>[0],
): RecordedEvent<E> => {
  const decoded = registry.decode(stored);
  if (isLeft(decoded)) throw new HistoryUnreadable(decoded.left);
  return decoded.right;
};

/** The tenant's events, decoded, in global order, streamed batch by batch. */
export async function* readHistory<E extends DomainEvent>(
  store: TenantEventStore,
  registry: EventRegistry<E>,
  options: { readonly after?: bigint; readonly batchSize?: number } = {},
): AsyncGenerator<RecordedEvent<E>> {
  for await (const batch of store.readAll(options)) {
    for (const stored of batch) yield decodeOrThrow(registry, stored);
  }
}

/**
 * Computes a projection over one tenant's history, optionally as of a moment. Streams the history:
 * memory holds the state and one batch, never the whole history. Stops reading at the position
 * given by `asOf.position`; for time-based moments it reads the tenant's whole history and keeps
 * what falls within, since neither clock is guaranteed monotonic across writers.
 */
export const replay = async <S, E extends DomainEvent>(
  store: TenantEventStore,
  registry: EventRegistry<E>,
  projection: Projection<S, E>,
  options: { readonly asOf?: AsOf; readonly batchSize?: number } = {},
): Promise<S> => {
  const asOf = options.asOf;
  let state = projection.initial();
  for await (const batch of store.readAll({ batchSize: options.batchSize })) {
    for (const stored of batch) {
      if (asOf !== undefined && 'position' in asOf && stored.globalPosition > asOf.position) return state;
      const event = decodeOrThrow(registry, stored);
      if (isWithin(event as RecordedEvent, asOf)) state = projection.apply(state, event);
    }
  }
  return state;
};
