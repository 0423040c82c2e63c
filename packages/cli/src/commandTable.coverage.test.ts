import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { allCommandCodecs, commandTable } from './commandTable.js';

/** Facade functions that are not one command: reads, and steps composed of several commands. */
const compositions = new Set(['load', 'presentStatusOfPreviousActions', 'decideWithActions']);

describe('the import command table', () => {
  const handles = createManagementReview({
    store: createInMemoryEventStore({ registry: domainRegistry }),
    clock: steppingClock('2026-01-01T00:00:00Z'),
    ids: sequentialIds(),
  }).forTenant('t');

  it('names every command function of the facade', () => {
    const facadeCommands = (['reviews', 'actions', 'nonConformities', 'risks'] as const).flatMap((group) =>
      Object.keys(handles[group])
        .filter((name) => !compositions.has(name))
        .map((name) => `${group}.${name}`),
    );
    expect([...commandTable.keys()].sort()).toEqual(facadeCommands.sort());
  });

  it('covers every command codec of the domain exactly once', () => {
    const types = [...commandTable.values()].map((entry) => entry.type);
    expect(types.sort()).toEqual(Object.keys(allCommandCodecs).sort());
  });
});
