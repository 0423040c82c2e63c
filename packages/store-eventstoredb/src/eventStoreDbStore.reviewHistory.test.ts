import { actionDecider, actionRegistry, domainRegistry, reviewDecider, reviewRegistry } from '@mgmt-review/core';
import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import {
  type Actor,
  createCommandHandler,
  createInMemoryEventStore,
  type EventStore,
  type StoredEvent,
  sequentialIds,
  steppingClock,
  verifyHistory,
} from '@mgmt-review/eventsourcing';
import { unsalted } from '@mgmt-review/eventsourcing/testing';
import { actionSamples, reviewUpToClose } from '@mgmt-review/testing';
import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { v4 as uuidv4 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStoreDbEventStore } from './eventStoreDbStore.js';

/** The command context a host would give: an id per command, its actor, and its business time. */
const contextOf = (streamId: string, i: number, command: { actor: Actor; data: { at: string } }) => ({
  commandId: `${streamId}-cmd-${i}`,
  actor: command.actor,
  occurredAt: command.data.at,
});

const sent = <E, A>(result: Either<E, A>, what: string): A => {
  if (isLeft(result)) throw new Error(`${what} refused: ${JSON.stringify(result.left)}`);
  return result.right;
};

/**
 * A closed management review and the action raised from its decision, sent command by command
 * through the kernel's command handler, as a host would; then the tenant's whole history.
 */
const keepReviewHistory = async (store: EventStore): Promise<StoredEvent[]> => {
  const tenant = store.forTenant('acme');
  const review = createCommandHandler({ store: tenant, registry: reviewRegistry, decider: reviewDecider });
  for (const [i, command] of reviewUpToClose('r1').entries()) {
    sent(await review('review-r1', command, contextOf('review-r1', i, command))(), command.type);
  }
  const action = createCommandHandler({ store: tenant, registry: actionRegistry, decider: actionDecider });
  const a = actionSamples('act-1');
  for (const [i, command] of [a.raise, a.start, a.complete].entries()) {
    sent(await action('action-act-1', command, contextOf('action-act-1', i, command))(), command.type);
  }
  const events: StoredEvent[] = [];
  for await (const batch of tenant.readAll({ batchSize: 7 })) events.push(...batch);
  return events;
};

describe("a management review's history kept in EventStoreDB", () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  it('reads back verified, and identical to the in-memory store’s but for the salts of personal fields, each chain verifying', async () => {
    const deps = () => ({
      registry: domainRegistry,
      clock: steppingClock('2026-03-31T12:00:00.000Z'),
      ids: sequentialIds('evt'),
    });
    const esdb = createEventStoreDbEventStore({
      connectionString: double.connectionString,
      namespace: `review-${uuidv4()}`,
      ...deps(),
    });
    const memory = createInMemoryEventStore(deps());
    const kept = await keepReviewHistory(esdb);
    const reference = await keepReviewHistory(memory);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.map(unsalted)).toEqual(reference.map(unsalted));
    expect(await verifyHistory(esdb.forTenant('acme').readAll())).toEqual({
      ok: true,
      streams: 2,
      events: kept.length,
      erasures: [],
    });
    // Every event decodes with the domain's registry, as a projection or the auditor would read it.
    expect(kept.every((event) => domainRegistry.decode(event)._tag === 'Right')).toBe(true);
    await Promise.all([esdb.close(), memory.close()]);
  });
});
