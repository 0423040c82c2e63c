import { eventStoreContract } from '@mgmt-review/testing';
import { v4 as uuidv4 } from 'uuid';
import { describe, it } from 'vitest';
import { createEventStoreDbEventStore } from './eventStoreDbStore.js';
import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from './testDouble/index.js';

/**
 * The store contract, twice: always against the gRPC test double of EventStoreDB, and against a real
 * EventStoreDB or KurrentDB when EVENTSTOREDB_URL is set. Each store the suite asks for lives in a
 * namespace of its own, so it starts empty on a server that is shared and never wiped.
 */

let double: Promise<EventStoreDbTestDouble> | undefined;
const testDouble = () => {
  double ??= startEventStoreDbTestDouble();
  return double;
};

eventStoreContract(
  'EventStoreDB (@eventstore/db-client over the in-process gRPC test double)',
  async ({ registry, clock }) =>
    createEventStoreDbEventStore({
      connectionString: (await testDouble()).connectionString,
      registry,
      clock,
      namespace: `contract-${uuidv4()}`,
    }),
  { teardown: async () => (await testDouble()).stop(), modelRuns: 25 },
);

const url = process.env.EVENTSTOREDB_URL;
if (url !== undefined && url !== '') {
  eventStoreContract(
    `EventStoreDB at ${url}`,
    async ({ registry, clock }) =>
      createEventStoreDbEventStore({ connectionString: url, registry, clock, namespace: `contract-${uuidv4()}` }),
    { modelRuns: 25 },
  );
} else {
  describe('EventStoreDB (a real server)', () => {
    it.skip('skipped: EVENTSTOREDB_URL not set — no real EventStoreDB server here', () => undefined);
  });
}
