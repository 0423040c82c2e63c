import { createManagementReview, domainRegistry, type TenantHandles } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { type FuzzedCommand, fuzzCases, sampleInputs } from '@mgmt-review/testing';
import { commandTable, workflowTable } from '../commandTable.js';

/**
 * How many fuzz cases a test file sends: `FUZZ_CASES` from the environment, else 10,000 (about
 * 15 s on two cores). A value that is not a positive integer is refused rather than ignored.
 */
export const fuzzCaseCount = (): number => {
  const asked = process.env.FUZZ_CASES;
  if (asked === undefined || asked === '') return 10_000;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1)
    throw new TypeError(`FUZZ_CASES must be a positive integer, got "${asked}"`);
  return count;
};

/** Every command and workflow of the facade, by the path an import line names it with. */
export const fuzzedCommands: readonly FuzzedCommand[] = [...commandTable.values(), ...workflowTable.values()].map(
  (entry) => ({ path: entry.path, type: 'type' in entry ? entry.type : entry.path, codec: entry.codec }),
);

/** The fuzz cases of a test file, over every command of the facade. */
export const facadeFuzzCases = () => fuzzCases(fuzzedCommands, sampleInputs(), fuzzCaseCount());

/** A facade over a fresh in-memory store, and the store's global position (to see what was appended). */
export const fuzzedFacade = (): { readonly handles: TenantHandles; readonly head: () => Promise<bigint> } => {
  const clock = steppingClock('2026-03-31T08:00:00.000Z', 1_000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  const handles = createManagementReview({ store, clock, ids: sequentialIds('fz') }).forTenant('tenant-fuzz');
  return { handles, head: () => store.forTenant('tenant-fuzz').headPosition() };
};
