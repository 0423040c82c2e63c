import { entriesDigest } from './canonicalEntry.js';
import type { PackHistory } from './history.js';

/** The ids of the events of some streams, in global order: what a source's figures rest on. */
export const eventsOfStreams = (history: PackHistory, streamIds: Iterable<string>): readonly string[] => {
  const wanted = new Set(streamIds);
  return history.events.filter((event) => wanted.has(event.streamId)).map((event) => event.eventId);
};

/** The ids of the events of every stream whose id passes `test`, in global order. */
export const eventsOfStreamsWhere = (history: PackHistory, test: (streamId: string) => boolean): readonly string[] =>
  history.events.filter((event) => test(event.streamId)).map((event) => event.eventId);

type Stored = PackHistory['stored'][number];

/** What the digests of one history reuse: its events as stored by id, and the canonical texts written. */
interface Written {
  readonly byId: ReadonlyMap<string, Stored>;
  readonly texts: Map<string, string>;
}

const byHistory = new WeakMap<PackHistory, Written>();

/** A history's events as stored, by id, and the texts written of them, set up once per history. */
const writtenOf = (history: PackHistory): Written => {
  let written = byHistory.get(history);
  if (written === undefined) {
    written = { byId: new Map(history.stored.map((event) => [event.eventId, event])), texts: new Map() };
    byHistory.set(history, written);
  }
  return written;
};

/**
 * The digest of the events a source rests on: of each one's id, type and data, in the order given.
 * It is part of the part's content, so changing any fact a part rests on changes the part's digest,
 * even where the figures come out the same. The data is taken as stored, at the schema version it
 * was written at: a later version of an event's payload, read through its upcaster, leaves the
 * digests of packs frozen before it as they were.
 */
export const restsOnDigest = (history: PackHistory, eventIds: readonly string[]): string => {
  const { byId, texts } = writtenOf(history);
  return entriesDigest(
    eventIds.map((eventId) => {
      const event = byId.get(eventId);
      if (event === undefined)
        throw new RangeError(`event ${eventId} is not in the history the pack was computed from`);
      return event;
    }),
    texts,
  );
};
