import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { Observable, Subject } from 'rxjs';
import { appended, checkAppend, nothingAppended, planAppend } from './appendPipeline.js';
import { type Clock, type IdGenerator, systemClock, uuidV7Ids } from './clock.js';
import type { GlobalPosition, NewEvent, StoredEvent } from './envelope.js';
import { type AppendError, foreignStream, type ReadError } from './errors.js';
import type { EventRegistry } from './eventRegistry.js';
import {
  type AppendOptions,
  type AppendResult,
  DEFAULT_BATCH_SIZE,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type TenantEventStore,
} from './eventStore.js';
import { atPosition, EMPTY_HEAD, type SealingDeps } from './sealing.js';
import { validateStreamId } from './streamId.js';
import { selectVersions } from './streamRange.js';

/** The in-memory store's registry, and its clock and id generator (system clock and UUID v7 by default). */
export interface InMemoryEventStoreOptions {
  readonly registry: EventRegistry;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

interface Stream {
  readonly tenantId: string;
  readonly events: StoredEvent[];
}

const NOTHING_FOUND: ReadonlyMap<string, StoredEvent> = new Map();

/** Index of the first event whose position is greater than `after` (events sorted by position). */
const firstAfter = (events: readonly StoredEvent[], after: GlobalPosition): number => {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.globalPosition <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * The reference store, in memory. Each append runs start to end without yielding to the event loop
 * (version check, validation, hashing and write in one synchronous step), so concurrent async
 * callers can never lose an update between the check and the write.
 */
export const createInMemoryEventStore = (options: InMemoryEventStoreOptions): EventStore => {
  const sealing: SealingDeps = {
    registry: options.registry,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuidV7Ids,
  };
  const streams = new Map<string, Stream>();
  // Every event in commit order, and an index by event id built from it on demand: only appends
  // that carry their own event ids (retries, imports) look ids up, so appends that let the store
  // generate ids never pay for the index.
  const log: StoredEvent[] = [];
  const byEventId = new Map<string, StoredEvent>();
  let indexed = 0;
  const eventWithId = (eventId: string): StoredEvent | undefined => {
    for (; indexed < log.length; indexed++) byEventId.set(log[indexed]!.eventId, log[indexed]!);
    return byEventId.get(eventId);
  };
  const byTenant = new Map<string, StoredEvent[]>();
  const committed = new Subject<string>();
  let position = 0n;

  const appendNow = (
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    opts: AppendOptions | undefined,
  ): Either<AppendError, AppendResult> => {
    const checked = checkAppend(tenantId, streamId, events, opts);
    if (isLeft(checked)) return checked;
    const append = checked.right;
    const stream = streams.get(streamId);
    if (stream !== undefined && stream.tenantId !== tenantId) return left(foreignStream(streamId, tenantId));
    let found: Map<string, StoredEvent> | undefined;
    for (const eventId of append.eventIds) {
      const existing = eventWithId(eventId);
      if (existing === undefined) continue;
      found ??= new Map();
      found.set(eventId, existing);
    }
    const current = stream?.events.at(-1);
    const head = current === undefined ? EMPTY_HEAD : { version: current.streamVersion, hash: current.hash };
    const planned = planAppend(sealing, append, { head, found: found ?? NOTHING_FOUND });
    if (isLeft(planned)) return planned;
    const plan = planned.right;
    if (plan._tag === 'Retried') return right(plan.result);
    if (plan._tag === 'NothingToWrite') return right(nothingAppended(plan.streamVersion, position));
    const stored = plan.events.map((event) => Object.freeze(atPosition(event, ++position)));
    const target = stream ?? { tenantId, events: [] };
    if (stream === undefined) streams.set(streamId, target);
    let tenantEvents = byTenant.get(tenantId);
    if (tenantEvents === undefined) {
      tenantEvents = [];
      byTenant.set(tenantId, tenantEvents);
    }
    for (const event of stored) {
      target.events.push(event);
      tenantEvents.push(event);
      log.push(event);
    }
    committed.next(tenantId);
    return right(appended(stored));
  };

  const forTenant = (tenantId: string): TenantEventStore => {
    if (typeof tenantId !== 'string' || tenantId === '')
      throw new TypeError('forTenant: a non-empty tenant id is required');
    const tenantEvents = (): readonly StoredEvent[] => byTenant.get(tenantId) ?? [];
    return {
      tenantId,
      append: async (streamId, events, opts) => appendNow(tenantId, streamId, events, opts),
      readStream: async (
        streamId,
        opts: ReadStreamOptions = {},
      ): Promise<Either<ReadError, readonly StoredEvent[]>> => {
        const valid = validateStreamId(streamId);
        if (isLeft(valid)) return valid;
        const stream = streams.get(streamId);
        if (stream === undefined) return right([]);
        if (stream.tenantId !== tenantId) return left(foreignStream(streamId, tenantId));
        return right(selectVersions(stream.events, opts));
      },
      readAll: (opts: ReadAllOptions = {}) => ({
        async *[Symbol.asyncIterator]() {
          const size = opts.batchSize ?? DEFAULT_BATCH_SIZE;
          let after = opts.after ?? 0n;
          for (;;) {
            const events = tenantEvents();
            const start = firstAfter(events, after);
            if (start >= events.length) return;
            const batch = events.slice(start, start + size);
            after = batch.at(-1)!.globalPosition;
            yield batch;
          }
        },
      }),
      subscribe: (opts: SubscribeOptions = {}) =>
        new Observable<StoredEvent>((subscriber) => {
          let after = opts.after ?? 0n;
          let draining = false;
          // Delivers everything after the cursor; re-entrant appends (a subscriber that writes) are
          // picked up by the running loop, so order holds and nothing is delivered twice.
          const drain = () => {
            if (draining) return;
            draining = true;
            try {
              const events = tenantEvents();
              for (let i = firstAfter(events, after); i < events.length && !subscriber.closed; i++) {
                const event = events[i]!;
                after = event.globalPosition;
                subscriber.next(event);
              }
            } finally {
              draining = false;
            }
          };
          const live = committed.subscribe((tenant) => {
            if (tenant === tenantId) drain();
          });
          drain();
          return () => live.unsubscribe();
        }),
      headPosition: async () => tenantEvents().at(-1)?.globalPosition ?? 0n,
    };
  };

  return {
    forTenant,
    tenants: async () => [...byTenant.keys()],
    close: async () => committed.complete(),
  };
};
