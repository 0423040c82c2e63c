import { aggregates, createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, fieldTreeOf, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { allCommandCodecs, commandTable, workflowTable } from './commandTable.js';

/** Facade functions that read and send no command. */
const reads = new Set(['load', 'mentions']);

describe('the import command table', () => {
  const handles = createManagementReview({
    store: createInMemoryEventStore({ registry: domainRegistry }),
    clock: steppingClock('2026-01-01T00:00:00Z'),
    ids: sequentialIds(),
  }).forTenant('t');

  it('names every facade function that sends commands, workflows included, as an import command', () => {
    const groups = [...aggregates.map(({ group }) => group), 'privacy' as const];
    const facadeCommands = groups.flatMap((group) =>
      Object.keys(handles[group])
        .filter((name) => !reads.has(name))
        .map((name) => `${group}.${name}`),
    );
    expect([...commandTable.keys(), ...workflowTable.keys()].sort()).toEqual(facadeCommands.sort());
  });

  it('keeps single commands and workflows apart, with no path in both', () => {
    for (const path of workflowTable.keys()) expect(commandTable.has(path)).toBe(false);
    expect([...workflowTable.keys()].sort()).toEqual([
      'audits.recordNonConformityFinding',
      'privacy.erase',
      'privacy.eraseMentions',
      'reviews.decideWithActions',
      'reviews.presentStatusOfPreviousActions',
    ]);
  });

  it('names every privacy function that writes (not `mentions`, a read) as an import command', () => {
    const writes = Object.keys(handles.privacy).filter((name) => name !== 'mentions');
    expect(writes.map((name) => `privacy.${name}`).sort()).toEqual(
      [...workflowTable.values()]
        .filter((e) => e.group === 'privacy')
        .map((e) => e.path)
        .sort(),
    );
  });

  it('covers every command codec of the domain exactly once', () => {
    const types = [...commandTable.values()].map((entry) => entry.type);
    expect(types.sort()).toEqual(Object.keys(allCommandCodecs).sort());
  });

  it('gives every workflow an input codec the strict field check knows', () => {
    for (const entry of workflowTable.values()) expect(fieldTreeOf(entry.codec).kind).toBe('object');
  });
});
