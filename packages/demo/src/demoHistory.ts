import { domainRegistry } from '@mgmt-review/core';
import {
  createInMemoryEventStore,
  type EventStore,
  sequentialIds,
  type TenantEventStore,
} from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { createDemoClock } from './calendar.js';
import { type DemoSummary, writeDemoHistory } from './writeDemoHistory.js';

/** The demo history in a fresh in-memory store. */
export interface InMemoryDemoHistory {
  readonly store: EventStore;
  /** The demo tenant's view of the store. */
  readonly tenant: TenantEventStore;
  readonly summary: DemoSummary;
}

/**
 * The demo history written to a new in-memory store whose clock follows the story (so `recordedAt`
 * is the story's time) and whose event ids are `event-1`, `event-2`…: every call gives the same
 * events with the same hashes. For scenario tests. Throws if the story cannot be written (a bug).
 */
export const createInMemoryDemoHistory = async (tenantId?: string): Promise<InMemoryDemoHistory> => {
  const clock = createDemoClock();
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const written = await writeDemoHistory(store, { clock, tenantId });
  if (isLeft(written)) throw new Error(written.left.message);
  return { store, tenant: store.forTenant(written.right.tenantId), summary: written.right };
};
