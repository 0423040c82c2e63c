import { domainRegistry } from '@mgmt-review/core';
import {
  createInMemoryEventStore,
  type NewEvent,
  type StoredEvent,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';

/**
 * A copy of a tenant's history in a new in-memory store, event for event (same ids, streams,
 * positions, recorded and business times), with `change` applied to each event's data on the way.
 * Events one command appended together are appended together again.
 */
export const copyHistory = async (
  tenant: TenantEventStore,
  change: (event: StoredEvent) => unknown = (event) => event.data,
): Promise<TenantEventStore> => {
  let now = '';
  const store = createInMemoryEventStore({ registry: domainRegistry, clock: { now: () => now } });
  const copy = store.forTenant(tenant.tenantId);
  const stored: StoredEvent[] = [];
  for await (const batch of tenant.readAll()) stored.push(...batch);
  for (let i = 0; i < stored.length; ) {
    const first = stored[i]!;
    const group: NewEvent[] = [];
    for (; i < stored.length; i++) {
      const e = stored[i]!;
      if (e.streamId !== first.streamId || e.metadata.commandId !== first.metadata.commandId) break;
      group.push({
        type: e.type,
        data: change(e),
        eventId: e.eventId,
        metadata: {
          actor: e.metadata.actor,
          occurredAt: e.metadata.occurredAt,
          commandId: e.metadata.commandId,
          correlationId: e.metadata.correlationId,
          causationId: e.metadata.causationId,
        },
      });
    }
    now = first.metadata.recordedAt;
    const appended = await copy.append(first.streamId, group);
    if (appended._tag === 'Left') throw new Error(appended.left.message);
  }
  return copy;
};
