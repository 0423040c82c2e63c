import { test } from '@fast-check/vitest';
import { aggregates } from '@mgmt-review/core';
import { categoryOf, type StoredEvent, type TenantEventStore } from '@mgmt-review/eventsourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historySteps, writeHistory } from './randomHistory.js';

/**
 * What the random histories cover: over a few hundred steps every aggregate's entities are moved,
 * and over a few such histories every event type of the domain is recorded, so a move that stops
 * sending one fails here.
 */

const storedOf = async (tenant: TenantEventStore): Promise<readonly StoredEvent[]> => {
  const stored: StoredEvent[] = [];
  for await (const batch of tenant.readAll()) stored.push(...batch);
  return stored;
};

const categories = aggregates.map((a) => a.category);
const eventTypes = [...new Set(aggregates.flatMap((a) => a.events.map((e) => e.type)))];

describe('random histories', () => {
  test.prop([historySteps(300, 400)], { numRuns: 4 })(
    'over a few hundred steps, every aggregate has streams in the history',
    async (steps) => {
      const { tenant } = await writeHistory(steps);
      const seen = new Set((await storedOf(tenant)).map((e) => categoryOf(e.streamId)));
      expect([...seen].sort()).toEqual([...categories].sort());
    },
  );

  it('over a few histories of a few hundred steps, every event type of the domain is recorded', async () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(fc.noBias(historySteps(400, 400)), { seed: 27001, numRuns: 6 })) {
      const { tenant } = await writeHistory(steps);
      for (const event of await storedOf(tenant)) seen.add(event.type);
    }
    expect(eventTypes.filter((type) => !seen.has(type))).toEqual([]);
  });
});
