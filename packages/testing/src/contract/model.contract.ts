import { steppingClock } from '@mgmt-review/eventsourcing';
import { storeModelProperty } from '@mgmt-review/eventsourcing/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CONTRACT_START, type EventStoreContractOptions, type MakeContractStore, propertyRuns } from './harness.js';

/** The kernel's model-based store test, run against this adapter. */
export const modelContract = (makeStore: MakeContractStore, options: EventStoreContractOptions) =>
  describe('against the store model', () => {
    it('keeps versions gapless, positions increasing, tenants apart and every subscriber exactly once in order', async () => {
      await fc.assert(
        storeModelProperty({
          fc,
          makeStore: (registry) => makeStore({ registry, clock: steppingClock(CONTRACT_START) }),
        }),
        { numRuns: propertyRuns(options.modelRuns ?? 40) },
      );
    });
  });
