import type { StoredEvent, TenantEventStore } from '@mgmt-review/eventsourcing';
import { storedHistory } from '@mgmt-review/eventsourcing/testing';

/**
 * A copy of a tenant's history, event for event exactly as stored (ids, streams, positions, times,
 * hashes, and the salts and digests of personal fields), with `change` applied to each event's data
 * and nothing sealed again: what a tamperer who edits the stored rows leaves. The copy is read-only.
 */
export const copyHistory = async (
  tenant: TenantEventStore,
  change: (event: StoredEvent) => unknown = (event) => event.data,
): Promise<TenantEventStore> => {
  const stored: StoredEvent[] = [];
  for await (const batch of tenant.readAll()) stored.push(...batch.map((event) => ({ ...event, data: change(event) })));
  return storedHistory(tenant.tenantId, stored);
};
