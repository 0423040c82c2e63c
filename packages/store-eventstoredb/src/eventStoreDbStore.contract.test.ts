import { startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import type { EventStore } from '@mgmt-review/eventsourcing';
import { eventStoreContract } from '@mgmt-review/testing';
import { v4 as uuidv4 } from 'uuid';
import { describe, it } from 'vitest';
import { createEventStoreDbEventStore, ESDB_ERASURE_UNSUPPORTED } from './eventStoreDbStore.js';

/**
 * The store contract: always against the gRPC test double of EventStoreDB, and against a real
 * EventStoreDB or KurrentDB when EVENTSTOREDB_URL is set. On the double, each store the suite asks
 * for gets a double of its own, stopped when the store closes — once with the double offering
 * `Streams/BatchAppend` (what the client uses with current servers), once without (the client falls
 * back to `Streams/Append`). On a real server, which is shared and never wiped, each store lives in
 * a namespace of its own, so it starts empty.
 */

for (const appendWith of ['batchAppend', 'append'] as const) {
  eventStoreContract(
    `EventStoreDB (@eventstore/db-client over the in-process gRPC test double, appending with Streams/${appendWith === 'append' ? 'Append' : 'BatchAppend'})`,
    async ({ registry, clock }): Promise<EventStore> => {
      // The maximum append size of the documented server command (the contract appends ~7.3 MB at once).
      const double = await startEventStoreDbTestDouble({ maxAppendSize: 10_485_760, appendWith });
      const store = createEventStoreDbEventStore({
        connectionString: double.connectionString,
        registry,
        clock,
        namespace: `contract-${uuidv4()}`,
      });
      return {
        forTenant: store.forTenant,
        tenants: store.tenants,
        close: async () => {
          await store.close();
          await double.stop();
        },
      };
    },
    // The model-based test is the slowest part: 25 runs where the client uses Streams/Append, 10 more
    // through Streams/BatchAppend (whose other tests are the same).
    { modelRuns: appendWith === 'append' ? 25 : 10, erasureUnsupported: ESDB_ERASURE_UNSUPPORTED },
  );
}

const url = process.env.EVENTSTOREDB_URL;
if (url !== undefined && url !== '') {
  eventStoreContract(
    `EventStoreDB at ${url}`,
    async ({ registry, clock }) =>
      createEventStoreDbEventStore({ connectionString: url, registry, clock, namespace: `contract-${uuidv4()}` }),
    { modelRuns: 25, erasureUnsupported: ESDB_ERASURE_UNSUPPORTED },
  );
} else {
  describe('EventStoreDB (a real server)', () => {
    it.skip('skipped: EVENTSTOREDB_URL not set — no real EventStoreDB server here', () => undefined);
  });
}
