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

/** A history being folded: events are folded into it one by one, in global order. */
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
    /** The history so far: its lists copied, its folds the live ones (read them before folding on). */
    soFar: (): PackHistory => ({
      position,
      views,
      kpis,
      events: events.slice(),
      stored: stored.slice(),
      streams: new Map([...streams].map(([streamId, list]) => [streamId, list.slice()])),
    }),
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

/** A tenant's events up to a moment, read and decoded but not folded yet: `stored[i]` is `events[i]`. */
export interface PackEvents {
  readonly stored: readonly StoredEvent[];
  readonly events: readonly RecordedEvent<ManagementReviewEvent>[];
}

/**
 * Reads and decodes events in global order up to a moment. Recorded (and business) times are not
 * guaranteed to follow global order across writers, so an event after the moment is held back, and
 * kept only if an event within the moment follows it: the events are then exactly those up to the
 * position of the last event within the moment.
 */
const readUpTo = async (source: AsyncIterable<readonly StoredEvent[]>, moment: PackMoment): Promise<PackEvents> => {
  const stored: StoredEvent[] = [];
  const last = 'position' in moment ? moment.position : moment.upTo;
  const within = timeTest(moment);
  let held: StoredEvent[] = [];
  for await (const batch of source) {
    for (const event of batch) {
      if (last !== undefined && event.globalPosition > last) return decoded(stored);
      if (within !== undefined && !within(event)) {
        held.push(event);
        continue;
      }
      for (const earlier of held) stored.push(earlier);
      held = [];
      stored.push(event);
    }
  }
  return decoded(stored);
};

const decoded = (stored: readonly StoredEvent[]): PackEvents => ({
  stored,
  events: stored.map((event) => decodeOrThrow(registry, event)),
});

/** Reads a tenant's events as of a moment, in one pass over the store (see `PackMoment`), without folding them. */
export const readPackEvents = (store: TenantEventStore, moment: PackMoment): Promise<PackEvents> =>
  readUpTo(store.readAll(), moment);

/**
 * A look at the history on the way through it: once its first `index` events are folded, `at` is
 * given the history so far, and the fold goes on only when what `at` returns has settled. `at`
 * reads the live folds, so it must take what it needs out of them before it settles.
 */
export interface Snapshot {
  readonly index: number;
  readonly at: (earlier: PackHistory) => Promise<void>;
}

/**
 * Folds events read with `readPackEvents` into a pack's history, in one pass: the views and KPI
 * folds once per event, and, if asked, a look at the history part way through (the previous
 * review's figures) instead of a second fold.
 */
export const foldPackEvents = async (read: PackEvents, snapshot?: Snapshot): Promise<PackHistory> => {
  const history = historyBuilder();
  for (let i = 0; i < read.stored.length; i++) {
    if (snapshot !== undefined && snapshot.index === i) await snapshot.at(history.soFar());
    history.fold(read.stored[i]!, read.events[i]!);
  }
  if (snapshot !== undefined && snapshot.index >= read.stored.length) await snapshot.at(history.soFar());
  return history.done();
};

/** Reads a tenant's history as of a moment, in one pass over the store (see `PackMoment`). */
export const readPackHistory = async (store: TenantEventStore, moment: PackMoment): Promise<PackHistory> =>
  foldPackEvents(await readPackEvents(store, moment));

/**
 * How many of the events read lie within an earlier moment of recorded time: up to the last one
 * recorded by then, with any recorded later that come before it in global order (as `readPackEvents`
 * would have read them).
 */
export const countWithin = (read: PackEvents, recordedAt: string): number => {
  const by = Date.parse(recordedAt);
  for (let i = read.stored.length - 1; i >= 0; i--) {
    if (Date.parse(read.stored[i]!.metadata.recordedAt) <= by) return i + 1;
  }
  return 0;
};
