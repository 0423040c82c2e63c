import { type EventStoreDBClient, jsonEvent, NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import type { DuplicateEventId } from '@mgmt-review/eventsourcing';
import { readEsdbStream } from './esdbReads.js';
import type { StreamNames } from './streamNames.js';

/**
 * Uniqueness, within a tenant, of the event ids writers choose. EventStoreDB recognises a repeated
 * event id only within one stream's recent appends; this library refuses an event id the tenant
 * already stored in another of its streams (`DuplicateEventId`), so each event id a writer chooses
 * is recorded in an index stream of its own, per tenant (`eventId-<tenant>.<uuid>`), written with
 * `NO_STREAM`: the tenant's first append to record it owns it. Ids the store generates itself
 * (UUID v7) are unique by construction and are not indexed.
 *
 * The entry is written just before the events. If that append then fails, the id stays reserved
 * for the stream it was meant for: retrying there works, reusing it in another stream is refused.
 */

export interface IndexedLocation {
  readonly tenantId: string;
  readonly streamId: string;
}

const INDEX_TYPE = 'EventIdRecorded';

const locationOf = (data: unknown): IndexedLocation | undefined => {
  const d = data as { tenantId?: unknown; streamId?: unknown } | null;
  return typeof d?.tenantId === 'string' && typeof d.streamId === 'string'
    ? { tenantId: d.tenantId, streamId: d.streamId }
    : undefined;
};

/** In which of the tenant's streams an event id was recorded, if it was. */
export const locate = async (
  client: EventStoreDBClient,
  names: StreamNames,
  tenantId: string,
  eventId: string,
): Promise<IndexedLocation | undefined> => {
  const [first] = await readEsdbStream(client, names.eventIdStream(tenantId, eventId), {
    direction: 'forwards',
    maxCount: 1,
  });
  return first?.recorded.isJson ? locationOf(first.recorded.data) : undefined;
};

export const duplicateEventId = (eventId: string): DuplicateEventId => ({
  _tag: 'DuplicateEventId',
  eventId,
  message: `event id ${eventId} is already stored, and this append is not a retry of the one that stored it`,
});

const sameLocation = (a: IndexedLocation | undefined, b: IndexedLocation): boolean =>
  a !== undefined && a.tenantId === b.tenantId && a.streamId === b.streamId;

/** Round trips in flight at once for one append's ids. */
const PARALLEL = 32;

/** The first id (in append order) for which `check` says yes; `PARALLEL` checks at a time. */
const firstWhere = async (
  eventIds: readonly string[],
  check: (eventId: string) => Promise<boolean>,
): Promise<string | undefined> => {
  for (let start = 0; start < eventIds.length; start += PARALLEL) {
    const chunk = eventIds.slice(start, start + PARALLEL);
    const answers = await Promise.all(chunk.map(check));
    const index = answers.indexOf(true);
    if (index >= 0) return chunk[index];
  }
  return undefined;
};

/** The first of `eventIds` recorded for another of the tenant's streams, if any. One read per id. */
export const firstRecordedElsewhere = (
  client: EventStoreDBClient,
  names: StreamNames,
  eventIds: readonly string[],
  here: IndexedLocation,
): Promise<string | undefined> =>
  firstWhere(eventIds, async (eventId) => {
    const location = await locate(client, names, here.tenantId, eventId);
    return location !== undefined && !sameLocation(location, here);
  });

/**
 * Records `eventIds` for this stream; returns the first id another append recorded first, if any.
 * One append per id (an id already recorded for this stream, by an earlier attempt, is fine).
 */
export const record = (
  client: EventStoreDBClient,
  names: StreamNames,
  eventIds: readonly string[],
  here: IndexedLocation,
): Promise<string | undefined> =>
  firstWhere(eventIds, async (eventId) => {
    try {
      await client.appendToStream(
        names.eventIdStream(here.tenantId, eventId),
        jsonEvent({ type: INDEX_TYPE, data: { eventId, tenantId: here.tenantId, streamId: here.streamId } }),
        { expectedRevision: NO_STREAM },
      );
      return false;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      return !sameLocation(await locate(client, names, here.tenantId, eventId), here);
    }
  });
