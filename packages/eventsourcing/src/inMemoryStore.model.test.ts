import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { storeModelProperty } from './testing/storeModel.js';

describe('in-memory store against the store model', () => {
  it('keeps versions gapless, positions increasing, tenants apart and every subscriber exactly once in order', async () => {
    await fc.assert(storeModelProperty({ fc, makeStore: (registry) => createInMemoryEventStore({ registry }) }), {
      numRuns: 100,
    });
  });
});
