import { askAuditor } from '@mgmt-review/auditor';
import { domainRegistry } from '@mgmt-review/core';
import { createDemoClock, DEMO_TENANT, demoSteps, writeSteps } from '@mgmt-review/demo';
import { startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import {
  createInMemoryEventStore,
  type EventStore,
  type StoredEvent,
  sequentialIds,
  verifyHistory,
} from '@mgmt-review/eventsourcing';
import { unsalted } from '@mgmt-review/eventsourcing/testing';
import { v4 as uuidv4 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { createEventStoreDbEventStore } from './eventStoreDbStore.js';

const everything = async (batches: AsyncIterable<readonly StoredEvent[]>) => {
  const events: StoredEvent[] = [];
  for await (const batch of batches) events.push(...batch);
  return events;
};

/** The first months of the demo organisation's story: reviews, actions, nonconformities and risks. */
const firstMonths = demoSteps().slice(0, Math.ceil(demoSteps().length / 3));

/** Writes the first months into a store made with the demo's clock (recordedAt follows the story). */
const keepFirstMonths = async (makeStore: (deps: Parameters<typeof createInMemoryEventStore>[0]) => EventStore) => {
  const clock = createDemoClock();
  const store = makeStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  const written = await writeSteps(store, firstMonths, { tenantId: DEMO_TENANT, clock });
  if (written._tag === 'Left') throw new Error(written.left.message);
  return store;
};

describe("the first months of the demo organisation's management reviews, kept in EventStoreDB", () => {
  it("reads back verified, as the same events as in memory, and the auditor's answers are the same", async () => {
    const double = await startEventStoreDbTestDouble();
    const esdb = await keepFirstMonths((deps) =>
      createEventStoreDbEventStore({
        connectionString: double.connectionString,
        namespace: `demo-${uuidv4()}`,
        ...deps,
      }),
    );
    const memory = await keepFirstMonths(createInMemoryEventStore);
    const kept = esdb.forTenant(DEMO_TENANT);
    const reference = memory.forTenant(DEMO_TENANT);

    const keptEvents = await everything(kept.readAll());
    expect(keptEvents.length).toBeGreaterThan(200);
    expect(keptEvents.map(unsalted)).toEqual((await everything(reference.readAll())).map(unsalted));
    expect(await verifyHistory(kept.readAll({ batchSize: 100 }))).toMatchObject({
      ok: true,
      events: keptEvents.length,
    });

    for (const event of [keptEvents[Math.floor(keptEvents.length / 2)]!, keptEvents.at(-1)!]) {
      const asOf = { asOf: { recordedAt: event.metadata.recordedAt } };
      expect(await askAuditor(kept, 'all', asOf)).toEqual(await askAuditor(reference, 'all', asOf));
    }
    await Promise.all([esdb.close(), memory.close()]);
    await double.stop();
  });
});
