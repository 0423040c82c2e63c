import { digestOf, hashedDataRecomputed } from '@mgmt-review/eventsourcing';
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

const byHistory = new WeakMap<PackHistory, ReadonlyMap<string, Stored>>();

/** A history's events as stored, by id, built once per history. */
const storedById = (history: PackHistory): ReadonlyMap<string, Stored> => {
  let byId = byHistory.get(history);
  if (byId === undefined) {
    byId = new Map(history.stored.map((event) => [event.eventId, event]));
    byHistory.set(history, byId);
  }
  return byId;
};

/**
 * The digest of the events a source rests on: of each one's id, type and data, in the order given.
 * It is part of the part's content, so changing any fact a part rests on changes the part's digest,
 * even where the figures come out the same. The data is taken as stored, at the schema version it
 * was written at: a later version of an event's payload, read through its upcaster, leaves the
 * digests of packs frozen before it as they were. Each personal field counts by its salted digest,
 * as the event's hash covers it, computed again from its value and salt (`hashedDataRecomputed`):
 * erasing it later (docs/privacy-format.md) leaves the digest of every pack that rests on the event
 * as it was, while an edit of it, or of anything else, still shows.
 */
export const restsOnDigest = (history: PackHistory, eventIds: readonly string[]): string => {
  const byId = storedById(history);
  return digestOf(
    eventIds.map((eventId) => {
      const event = byId.get(eventId);
      if (event === undefined)
        throw new RangeError(`event ${eventId} is not in the history the pack was computed from`);
      return { eventId, type: event.type, data: hashedDataRecomputed(event) };
    }),
    'the events a part rests on',
  );
};
