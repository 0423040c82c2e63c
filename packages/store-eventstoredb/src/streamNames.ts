/**
 * How the store names EventStoreDB streams. One rule, used everywhere:
 *
 * - a tenant's stream `<streamId>` is `[<namespace>:]<tenant>.<streamId>` — e.g. `acme.review-0192…`;
 *   a stream is identified by (tenant, stream id), so the same id in two tenants is two streams;
 * - the record that a tenant has streams is `[<namespace>:]tenant-<tenant>` (for `tenants()`);
 * - the index entry of an event id a writer chose is `[<namespace>:]eventId-<tenant>.<EventStoreDB
 *   event id>`: event ids are unique within a tenant.
 *
 * `<tenant>` and `<namespace>` are written with letters, digits and `_` as they are and every other
 * character percent-encoded (UTF-8), so they never contain `.`, `:` or `-`. Hence a tenant's streams
 * are exactly the streams that start with `[<namespace>:]<tenant>.` — the prefix of the server-side
 * `$all` filter — no other tenant's prefix is a prefix of it, record and index streams never match it,
 * and EventStoreDB's `$by_category` projection puts each tenant's streams in categories of their own
 * (`acme.review`). No name starts with `$`, so none is a system stream.
 */

import { esdbEventIdOf } from './eventIds.js';

const encodeSegment = (value: string): string =>
  Array.from(new TextEncoder().encode(value), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');

/** The stream names of one store (one namespace) on an EventStoreDB server. */
export interface StreamNames {
  /** The EventStoreDB stream holding a tenant's stream. */
  tenantStream(tenantId: string, streamId: string): string;
  /** The prefix every stream of the tenant starts with (the `$all` filter). */
  tenantPrefix(tenantId: string): string;
  /** The stream that records that a tenant has streams. */
  tenantRecord(tenantId: string): string;
  /** The prefix of every tenant record of this namespace. */
  readonly tenantRecordPrefix: string;
  /**
   * The prefix of the stream-ownership claims 0.1.0 wrote (`streamOwner-<streamId>`, naming the
   * tenant that wrote the stream first): read by `tenants()` only, to find the tenants of a store
   * written by that release. Nothing writes them any more.
   */
  readonly legacyClaimPrefix: string;
  /** The stream that records in which of the tenant's streams an event id chosen by a writer was stored. */
  eventIdStream(tenantId: string, eventId: string): string;
}

export const streamNames = (namespace?: string): StreamNames => {
  const root = namespace === undefined || namespace === '' ? '' : `${encodeSegment(namespace)}:`;
  const tenantRecordPrefix = `${root}tenant-`;
  return {
    tenantStream: (tenantId, streamId) => `${root}${encodeSegment(tenantId)}.${streamId}`,
    tenantPrefix: (tenantId) => `${root}${encodeSegment(tenantId)}.`,
    tenantRecord: (tenantId) => `${tenantRecordPrefix}${encodeSegment(tenantId)}`,
    tenantRecordPrefix,
    legacyClaimPrefix: `${root}streamOwner-`,
    eventIdStream: (tenantId, eventId) => `${root}eventId-${encodeSegment(tenantId)}.${esdbEventIdOf(eventId)}`,
  };
};
