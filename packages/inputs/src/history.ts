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
  /** The same events as stored, in global order (`stored[i]` is `events[i]`). */
  readonly stored: readonly StoredEvent[];
  /** The events as stored, by stream, in stream order. */
  readonly streams: ReadonlyMap<string, readonly StoredEvent[]>;
}

/** A history being read: events are folded into it one by one, in global order. */
const historyBuilder = () => {
  const views = viewsProjection.initial();
  const kpis = kpiProjection.initial();
  const events: RecordedEvent<ManagementReviewEvent>[] = [];
  const stored: StoredEvent[] = [];
  const streams = new Map<string, StoredEvent[]>();
  let position = 0n;
  return {
    fold: (raw: StoredEvent, event: RecordedEvent<ManagementReviewEvent>) => {
      viewsProjection.apply(views, event);
      kpiProjection.apply(kpis, event);
      events.push(event);
      stored.push(raw);
      const stream = streams.get(raw.streamId);
      if (stream === undefined) streams.set(raw.streamId, [raw]);
      else stream.push(raw);
      position = raw.globalPosition;
    },
    done: (): PackHistory => ({ position, views, kpis, events, stored, streams }),
  };
};

/** When an event counts as within a moment: by its recorded or business time; `undefined` for a position. */
const timeTest = (moment: PackMoment): ((e: StoredEvent) => boolean) | undefined => {
  if ('recordedAt' in moment) {
    const by = Date.parse(moment.recordedAt);
    return (e) => Date.parse(e.metadata.recordedAt) <= by;
  }
  if ('occurredAt' in moment) {
    const by = Date.parse(moment.occurredAt);
    return (e) => Date.parse(e.metadata.occurredAt) <= by;
  }
  return undefined;
};

/**
 * Folds events in global order up to a moment. Recorded (and business) times are not guaranteed
 * to follow global order across writers, so an event after the moment is held back, and folded
 * only if an event within the moment follows it: the history is then exactly the events up to the
 * position of the last event within the moment.
 */
const foldUpTo = async (
  source: AsyncIterable<readonly StoredEvent[]> | Iterable<readonly StoredEvent[]>,
  moment: PackMoment,
  decode: (stored: StoredEvent, index: number) => RecordedEvent<ManagementReviewEvent>,
): Promise<PackHistory> => {
  const history = historyBuilder();
  const last = 'position' in moment ? moment.position : moment.upTo;
  const within = timeTest(moment);
  let held: { stored: StoredEvent; index: number }[] = [];
  let index = 0;
  for await (const batch of source) {
    for (const stored of batch) {
      const at = index++;
      if (last !== undefined && stored.globalPosition > last) return history.done();
      if (within !== undefined && !within(stored)) {
        held.push({ stored, index: at });
        continue;
      }
      for (const earlier of held) history.fold(earlier.stored, decode(earlier.stored, earlier.index));
      held = [];
      history.fold(stored, decode(stored, at));
    }
  }
  return history.done();
};

/** Reads a tenant's history as of a moment, in one pass over the store (see `PackMoment`). */
export const readPackHistory = (store: TenantEventStore, moment: PackMoment): Promise<PackHistory> =>
  foldUpTo(store.readAll(), moment, (stored) => decodeOrThrow(registry, stored));

/** The part of a history already read that lies within an earlier moment, without reading the store again. */
export const historyWithin = (history: PackHistory, moment: PackMoment): Promise<PackHistory> =>
  foldUpTo([history.stored], moment, (_, index) => history.events[index]!);
