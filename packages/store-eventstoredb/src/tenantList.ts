import { type EventStoreDBClient, jsonEvent, NO_STREAM, WrongExpectedVersionError } from '@eventstore/db-client';
import type { StoreContext } from './context.js';
import { catchUpEsdb, lastEsdbEvent, lastEsdbEventWithPrefix } from './esdbReads.js';
import type { StreamNames } from './streamNames.js';

/**
 * Which tenants have streams, for `tenants()`. Streams are named per tenant, so no stream records
 * who owns what; instead each tenant's first stream is recorded once, in a record stream of the
 * tenant's own (`tenant-<tenant>`), written with `NO_STREAM` just before that stream's first append:
 * later attempts find it written and leave it. A store remembers the tenants it has recorded, so an
 * append records its tenant at most once per process. If the append after the record fails, the
 * record names a stream with no events; `tenants()` then looks for any event of the tenant.
 */

const RECORD_TYPE = 'TenantRecorded';

interface Recorded {
  readonly tenantId: string;
  readonly streamId: string;
}

/** What a record, or a claim written by 0.1.0, says: `{ tenantId, streamId }`. */
const recordedIn = (data: unknown): Recorded | undefined => {
  const d = data as { tenantId?: unknown; streamId?: unknown } | null;
  return typeof d?.tenantId === 'string' && typeof d.streamId === 'string'
    ? { tenantId: d.tenantId, streamId: d.streamId }
    : undefined;
};

/** Records that a tenant has streams, naming the first one, unless this store has recorded it already. */
export const recordTenant = async (ctx: StoreContext, tenantId: string, streamId: string): Promise<void> => {
  if (ctx.recordedTenants.has(tenantId)) return;
  try {
    await ctx.client.appendToStream(
      ctx.names.tenantRecord(tenantId),
      jsonEvent({ type: RECORD_TYPE, data: { tenantId, streamId } }),
      { expectedRevision: NO_STREAM },
    );
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
  }
  ctx.recordedTenants.add(tenantId);
};

const hasEvents = async (client: EventStoreDBClient, name: string) => (await lastEsdbEvent(client, name)) !== undefined;

/** Whether the tenant has an event: in one of the streams recorded for it, else anywhere under its prefix. */
const confirmed = async (ctx: StoreContext, names: StreamNames, tenantId: string, streamIds: readonly string[]) => {
  for (const streamId of streamIds) {
    if (await hasEvents(ctx.client, names.tenantStream(tenantId, streamId))) return true;
  }
  return (await lastEsdbEventWithPrefix(ctx.client, names.tenantPrefix(tenantId))) !== undefined;
};

/**
 * The tenants with at least one event: those of the tenant records of this namespace, and of the
 * stream claims a 0.1.0 store wrote (a catch-up read of both, filtered on the server), each
 * confirmed by a stream that has an event. Its cost grows with the number of tenants (and of
 * streams 0.1.0 wrote), not of events.
 */
export const listTenants = async (ctx: StoreContext): Promise<readonly string[]> => {
  const candidates = new Map<string, string[]>();
  for await (const batch of catchUpEsdb(ctx.client, {
    prefixes: [ctx.names.tenantRecordPrefix, ctx.names.legacyClaimPrefix],
    after: 0n,
    batchSize: 1000,
  })) {
    for (const { recorded } of batch) {
      const found = recorded.revision === 0n && recorded.isJson ? recordedIn(recorded.data) : undefined;
      if (found === undefined) continue;
      const streams = candidates.get(found.tenantId) ?? [];
      streams.push(found.streamId);
      candidates.set(found.tenantId, streams);
    }
  }
  const tenants: string[] = [];
  for (const [tenantId, streamIds] of candidates) {
    if (await confirmed(ctx, ctx.names, tenantId, streamIds)) tenants.push(tenantId);
  }
  return tenants;
};
