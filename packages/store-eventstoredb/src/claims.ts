import { type EventStoreDBClient, jsonEvent, NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import { readEsdbStream } from './esdbReads.js';
import type { StreamNames } from './streamNames.js';

/**
 * Stream ownership. As in every store of this library, a stream id is unique store-wide and belongs
 * to the tenant that first wrote to it. A tenant's streams are separate EventStoreDB streams
 * (`<tenant>.<streamId>`), so the owner of each stream id is recorded once, in a claim stream
 * (`streamOwner-<streamId>`): its first event names the owner. The claim is written with
 * `NO_STREAM`, so of two tenants racing for one stream id exactly one wins.
 *
 * A claim is written just before the first append to a stream. If that append then fails (the
 * connection drops), the stream id stays reserved for that tenant, with no events: other tenants
 * still get `ForeignStream` for it — never another tenant's data.
 */

const CLAIM_TYPE = 'StreamClaimed';

/** The tenant that owns a stream id, if any tenant has claimed it. */
export const ownerOf = async (
  client: EventStoreDBClient,
  names: StreamNames,
  streamId: string,
): Promise<string | undefined> => {
  const [first] = await readEsdbStream(client, names.claimStream(streamId), { direction: 'forwards', maxCount: 1 });
  const data = first?.recorded.isJson ? (first.recorded.data as { tenantId?: unknown }) : undefined;
  return typeof data?.tenantId === 'string' ? data.tenantId : undefined;
};

/** Claims a stream id for a tenant; returns the owner (the tenant itself unless another came first). */
export const claim = async (
  client: EventStoreDBClient,
  names: StreamNames,
  streamId: string,
  tenantId: string,
): Promise<string> => {
  try {
    await client.appendToStream(
      names.claimStream(streamId),
      jsonEvent({ type: CLAIM_TYPE, data: { tenantId, streamId } }),
      {
        expectedRevision: NO_STREAM,
      },
    );
    return tenantId;
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    // A claim stream without a readable owner is nobody's to take over.
    return (await ownerOf(client, names, streamId)) ?? '';
  }
};

/** Whether an event's data is a claim: `{ tenantId, streamId }`. */
export const isClaim = (data: unknown): data is { tenantId: string; streamId: string } =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { tenantId?: unknown }).tenantId === 'string' &&
  typeof (data as { streamId?: unknown }).streamId === 'string';
