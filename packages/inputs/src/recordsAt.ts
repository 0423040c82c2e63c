import { createManagementReview, type TenantHandles } from '@mgmt-review/core';
import { type EventStore, headsFromHistory, selectVersions, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { right } from 'fp-ts/lib/Either.js';
import { EMPTY, type Observable } from 'rxjs';
import type { PackHistory } from './history.js';

const readOnly = (what: string): never => {
  throw new Error(`${what}: the records of an input pack are read as of a position and never written`);
};

/** A tenant store that serves the streams of a pack's history, as of its position, and refuses writes. */
const storeAt = (tenantId: string, history: PackHistory): TenantEventStore => ({
  tenantId,
  append: async () => readOnly('append'),
  readStream: async (streamId, options = {}) => right(selectVersions(history.streams.get(streamId) ?? [], options)),
  readAll: () => ({
    async *[Symbol.asyncIterator]() {
      if (history.stored.length > 0) yield history.stored;
    },
  }),
  readStreamHeads: (options = {}) => headsFromHistory([history.stored], options.batchSize),
  subscribe: (): Observable<never> => EMPTY,
  headPosition: async () => history.position,
  erase: async () => readOnly('erase'),
});

/**
 * The facade's handles over a pack's history: its loads and queries (the status of previous
 * actions, an aggregate's state) answer as of the pack's position, and its clock reads the pack's
 * `asOf`. Writing through them throws: they are for reading.
 */
export const handlesAt = (tenantId: string, history: PackHistory, asOf: string): TenantHandles => {
  const tenant = storeAt(tenantId, history);
  const store: EventStore = {
    forTenant: () => tenant,
    tenants: async () => [tenantId],
    close: async () => {},
  };
  return createManagementReview({
    store,
    clock: { now: () => asOf },
    ids: { next: () => readOnly('ids') },
  }).forTenant(tenantId);
};
