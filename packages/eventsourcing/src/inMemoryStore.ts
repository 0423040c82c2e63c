import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { Observable, Subject } from 'rxjs';
import { appended, checkAppend, nothingAppended, planAppend } from './appendPipeline.js';
import { type Clock, type IdGenerator, systemClock, uuidV7Ids } from './clock.js';
import type { GlobalPosition, NewEvent, StoredEvent } from './envelope.js';
import type { AppendError, ReadError } from './errors.js';
import type { EventRegistry } from './eventRegistry.js';
import {
  type AppendOptions,
  type AppendResult,
  DEFAULT_BATCH_SIZE,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamHeadsOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type TenantEventStore,
} from './eventStore.js';
import { checkErasure, type EraseError, type ErasureResult, erasureRecordsOf, planErasure } from './privacy/erasure.js';
import { PRIVACY_STREAM } from './privacy/erasureEvent.js';
import { atPosition, EMPTY_HEAD, type SealingDeps } from './sealing.js';
import { headBatches, headOfEvent } from './streamHeads.js';
import { validateStreamId } from './streamId.js';
import { selectVersions } from './streamRange.js';

/** The in-memory store's registry, and its clock and id generator (system clock and UUID v7 by default). */
export interface InMemoryEventStoreOptions {
  readonly registry: EventRegistry;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

/**
 * One tenant's part of the store: its streams by stream id, its events in commit order, and an
 * index of them by event id, built from that order on demand: only appends that carry their own
 * event ids (retries, imports) look ids up, so appends that let the store generate ids never pay
 * for the index.
 */
interface TenantData {
  readonly streams: Map<string, StoredEvent[]>;
  readonly events: StoredEvent[];
  readonly byEventId: Map<string, StoredEvent>;
  indexed: number;
}

const newTenant = (): TenantData => ({ streams: new Map(), events: [], byEventId: new Map(), indexed: 0 });

const eventWithId = (tenant: TenantData, eventId: string): StoredEvent | undefined => {
  for (; tenant.indexed < tenant.events.length; tenant.indexed++) {
    const event = tenant.events[tenant.indexed]!;
    tenant.byEventId.set(event.eventId, event);
  }
  return tenant.byEventId.get(eventId);
};

const NOTHING_FOUND: ReadonlyMap<string, StoredEvent> = new Map();
const NO_EVENTS: readonly StoredEvent[] = Object.freeze([]);

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
  // A stream is identified by (tenant, stream id): each tenant's streams and event ids are its own.
  const tenants = new Map<string, TenantData>();
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
    const tenant = tenants.get(tenantId);
    const stream = tenant?.streams.get(streamId);
    let found: Map<string, StoredEvent> | undefined;
    for (let i = 0; tenant !== undefined && i < append.eventIds.length; i++) {
      const existing = eventWithId(tenant, append.eventIds[i]!);
      if (existing === undefined) continue;
      found ??= new Map();
      found.set(existing.eventId, existing);
    }
    const current = stream?.at(-1);
    const head = current === undefined ? EMPTY_HEAD : { version: current.streamVersion, hash: current.hash };
    const planned = planAppend(sealing, append, { head, found: found ?? NOTHING_FOUND });
    if (isLeft(planned)) return planned;
    const plan = planned.right;
    if (plan._tag === 'Retried') return right(plan.result);
    if (plan._tag === 'NothingToWrite') {
      return right(nothingAppended(plan.streamVersion, tenant?.events.at(-1)?.globalPosition ?? 0n));
    }
    const stored = plan.events.map((event) => Object.freeze(atPosition(event, ++position)));
    const target = tenant ?? newTenant();
    if (tenant === undefined) tenants.set(tenantId, target);
    let targetStream = stream;
    if (targetStream === undefined) {
      targetStream = [];
      target.streams.set(streamId, targetStream);
    }
    for (const event of stored) {
      targetStream.push(event);
      target.events.push(event);
    }
    committed.next(tenantId);
    return right(appended(stored));
  };

  /** Puts an event's new version where the old one was: in the tenant's order, its stream and the id index. */
  const replaceEvent = (tenant: TenantData, event: StoredEvent): void => {
    const at = firstAfter(tenant.events, event.globalPosition - 1n);
    tenant.events[at] = event;
    tenant.streams.get(event.streamId)![event.streamVersion - 1] = event;
    if (tenant.byEventId.has(event.eventId)) tenant.byEventId.set(event.eventId, event);
  };

  /**
   * One erasure, start to end without yielding (like an append): the event is replaced first, so
   * a subscriber that sees the erasure record reads the erased event; if the record cannot be
   * appended, the event is put back and nothing changed.
   */
  const eraseNow = (tenantId: string, request: unknown): Either<EraseError, ErasureResult> => {
    const checked = checkErasure(request);
    if (isLeft(checked)) return checked;
    const tenant = tenants.get(tenantId);
    const target = tenant === undefined ? undefined : eventWithId(tenant, checked.right.eventId);
    const records = erasureRecordsOf(tenant?.streams.get(PRIVACY_STREAM) ?? NO_EVENTS);
    const planned = planErasure(sealing, checked.right, target, records);
    if (isLeft(planned)) return planned;
    // A plan exists only for an event found, so the tenant and the event are there.
    const event = Object.freeze(planned.right.event);
    replaceEvent(tenant!, event);
    const recorded = appendNow(tenantId, PRIVACY_STREAM, [planned.right.record], undefined);
    if (isLeft(recorded)) {
      replaceEvent(tenant!, target!);
      return recorded;
    }
    return right({ erasure: recorded.right.events[0]!, event, erased: planned.right.erased });
  };

  const forTenant = (tenantId: string): TenantEventStore => {
    if (typeof tenantId !== 'string' || tenantId === '')
      throw new TypeError('forTenant: a non-empty tenant id is required');
    const tenantEvents = (): readonly StoredEvent[] => tenants.get(tenantId)?.events ?? NO_EVENTS;
    return {
      tenantId,
      append: async (streamId, events, opts) => appendNow(tenantId, streamId, events, opts),
      readStream: async (
        streamId,
        opts: ReadStreamOptions = {},
      ): Promise<Either<ReadError, readonly StoredEvent[]>> => {
        const valid = validateStreamId(streamId);
        if (isLeft(valid)) return valid;
        return right(selectVersions(tenants.get(tenantId)?.streams.get(streamId) ?? NO_EVENTS, opts));
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
      erase: async (request) => eraseNow(tenantId, request),
      // Heads are kept in memory as each stream's last event: they cannot disagree with the events.
      readStreamHeads: (opts: ReadStreamHeadsOptions = {}) =>
        headBatches(
          [...(tenants.get(tenantId)?.streams.values() ?? [])].flatMap((stream) => stream.slice(-1).map(headOfEvent)),
          opts.batchSize,
        ),
    };
  };

  return {
    forTenant,
    tenants: async () => [...tenants.keys()],
    close: async () => committed.complete(),
  };
};
