import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  decodeOrThrow,
  type EventRegistry,
  type RecordedEvent,
  type StoredEvent,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { type KpiState, kpiProjection } from '@mgmt-review/kpis';
import { type ViewsState, viewsProjection } from '@mgmt-review/views';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;

/**
 * Which history a pack is computed from: what had been recorded by a moment (`recordedAt`: the
 * events recorded at or before it, and every event before the last of them in global order), what
 * had happened by then in business time (`occurredAt`, the same way), or everything up to a position.
 * `upTo` bounds a moment by a position: nothing after it is read.
 */
export type PackMoment =
  | { readonly recordedAt: string; readonly upTo?: bigint }
  | { readonly occurredAt: string; readonly upTo?: bigint }
  | { readonly position: bigint };

/**
 * One tenant's history up to one position, as a pack reads it: the views and KPI folds, and the
 * events themselves (stored and decoded) for the digests of what each part rests on and for the
 * aggregates' own states. Everything in it depends only on the events at or before `position`.
 */
export interface PackHistory {
  /** The global position of the last event read; `0n` for an empty history. */
  readonly position: bigint;
  readonly views: ViewsState;
  readonly kpis: KpiState;
  /** The events, decoded, in global order. */
  readonly events: readonly RecordedEvent<ManagementReviewEvent>[];
  /** The events as stored, by stream, in stream order. */
  readonly streams: ReadonlyMap<string, readonly StoredEvent[]>;
}

/**
 * Reads a tenant's history as of a moment in one pass. Recorded (and business) times are not guaranteed to
 * follow global order across writers, so an event recorded after the moment is held back, and folded only
 * if an event recorded at or before the moment follows it: the history is then exactly the events
 * up to the position of the last event recorded by the moment.
 */
export const readPackHistory = async (store: TenantEventStore, moment: PackMoment): Promise<PackHistory> => {
  const views = viewsProjection.initial();
  const kpis = kpiProjection.initial();
  const events: RecordedEvent<ManagementReviewEvent>[] = [];
  const streams = new Map<string, StoredEvent[]>();
  let position = 0n;
  const fold = (stored: StoredEvent) => {
    const event = decodeOrThrow(registry, stored);
    viewsProjection.apply(views, event);
    kpiProjection.apply(kpis, event);
    events.push(event);
    const stream = streams.get(stored.streamId);
    if (stream === undefined) streams.set(stored.streamId, [stored]);
    else stream.push(stored);
    position = stored.globalPosition;
  };
  const last = 'position' in moment ? moment.position : moment.upTo;
  const by =
    'recordedAt' in moment
      ? { time: Date.parse(moment.recordedAt), of: (e: StoredEvent) => e.metadata.recordedAt }
      : 'occurredAt' in moment
        ? { time: Date.parse(moment.occurredAt), of: (e: StoredEvent) => e.metadata.occurredAt }
        : undefined;
  let held: StoredEvent[] = [];
  for await (const batch of store.readAll()) {
    for (const stored of batch) {
      if (last !== undefined && stored.globalPosition > last) return { position, views, kpis, events, streams };
      if (by !== undefined && Date.parse(by.of(stored)) > by.time) {
        held.push(stored);
        continue;
      }
      for (const earlier of held) fold(earlier);
      held = [];
      fold(stored);
    }
  }
  return { position, views, kpis, events, streams };
};
