import { deepStrictEqual, fail } from 'node:assert/strict';
import { readAll, readStream, subscribe } from './storeModelReads.js';
import { eventsAfter, type StoreModel, type StoreUnderTest } from './storeModelState.js';
import type { Fc, StoreCommand } from './storeModelSupport.js';
import { append, race, retryLastAppend, reuseEventId } from './storeModelWrites.js';

export type { FastCheckModule } from './storeModelSupport.js';

/** Every subscription has so far received a prefix of what it must receive: nothing twice, nothing out of order. */
export const checkWatches = (m: StoreModel, r: StoreUnderTest) => {
  for (const watch of r.watches) {
    if (watch.failure !== undefined) fail(`a subscription failed: ${String(watch.failure)}`);
    const expected = eventsAfter(m, watch.tenant, watch.after);
    deepStrictEqual(
      watch.received.map((e) => e.eventId),
      expected.slice(0, watch.received.length).map((e) => e.eventId),
      `subscription of tenant ${watch.tenant} after ${watch.after} delivered out of order or twice`,
    );
  }
};

const checkingWatches = (command: StoreCommand): StoreCommand => ({
  check: (m) => command.check(m),
  toString: () => command.toString(),
  run: async (m, r) => {
    await command.run(m, r);
    checkWatches(m, r);
  },
});

/** The command arbitraries of the store model. */
export const storeCommands = (fc: Fc) =>
  [
    append(fc),
    append(fc),
    retryLastAppend(fc),
    reuseEventId(fc),
    readStream(fc),
    readAll(fc),
    subscribe(fc),
    race(fc),
  ].map((arb) => arb.map(checkingWatches));
