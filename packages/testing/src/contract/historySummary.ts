import { createHash } from 'node:crypto';
import type { EventStore, StoredEvent } from '@mgmt-review/eventsourcing';

/** One tenant's history as a schema migration must keep it. */
export interface TenantHistorySummary {
  readonly events: number;
  /** The tenant's head position (`headPosition()`), as decimal text. */
  readonly headPosition: string;
  /** Each stream's version and the hash of its last event, by stream id. */
  readonly streams: Readonly<Record<string, { readonly version: number; readonly hash: string }>>;
  /** SHA-256 of the JSON of every event the tenant reads, in global order, positions included. */
  readonly digest: string;
}

const withPositionsAsText = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/**
 * What a store holds, tenant by tenant, in a form that can be written to a file and compared: a
 * store opened after a migration must summarise exactly as it did before.
 */
export const summariseHistory = async (store: EventStore): Promise<Record<string, TenantHistorySummary>> => {
  const summary: Record<string, TenantHistorySummary> = {};
  for (const tenantId of [...(await store.tenants())].sort()) {
    const tenant = store.forTenant(tenantId);
    const events: StoredEvent[] = [];
    for await (const batch of tenant.readAll()) events.push(...batch);
    const streams: Record<string, { version: number; hash: string }> = {};
    for (const event of [...events].sort((a, b) => a.streamId.localeCompare(b.streamId))) {
      streams[event.streamId] = { version: event.streamVersion, hash: event.hash };
    }
    summary[tenantId] = {
      events: events.length,
      headPosition: (await tenant.headPosition()).toString(),
      streams,
      digest: createHash('sha256').update(JSON.stringify(events, withPositionsAsText)).digest('hex'),
    };
  }
  return summary;
};
