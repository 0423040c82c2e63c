import { fc, it } from '@fast-check/vitest';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import { inMemoryCheckpoints } from './checkpoints.js';
import { steppingClock } from './clock.js';
import type { TenantEventStore } from './eventStore.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { foldProjection } from './projection.js';
import { createProjectionRunner } from './projectionRunner.js';
import { readHistory, replay } from './replay.js';
import { at, counterRegistry } from './testing/counter.js';
import { type CounterAppend, counterHistory } from './testing/counterHistory.js';
import { counterTotals } from './testing/counterTotals.js';

const freshStore = () =>
  createInMemoryEventStore({ registry: counterRegistry, clock: steppingClock(at, 1000) }).forTenant('acme');

const appendAll = async (store: TenantEventStore, appends: readonly CounterAppend[]) => {
  for (const { streamId, event } of appends) {
    const result = await store.append(streamId, [event]);
    if (isLeft(result)) throw new Error(result.left.message);
  }
};

describe('projections', () => {
  it.prop([counterHistory(fc)], { numRuns: 50 })(
    'replaying the same history twice gives deep-equal states',
    async (history) => {
      const store = freshStore();
      await appendAll(store, history);
      const first = await replay(store, counterRegistry, counterTotals());
      const second = await replay(store, counterRegistry, counterTotals(), { batchSize: 3 });
      expect(second).toEqual(first);
      const decoded = [];
      for await (const event of readHistory(store, counterRegistry)) decoded.push(event);
      expect(foldProjection(counterTotals(), decoded)).toEqual(first);
      expect(first.events).toBe(history.length);
    },
  );

  it.prop([counterHistory(fc), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.boolean()], { numRuns: 60 })(
    'rebuilding from position 0 equals updating incrementally over any split of the history',
    async (history, pick, checkpointEvery, restart) => {
      const split = history.length === 0 ? 0 : pick % (history.length + 1);
      const store = freshStore();
      const checkpoints = inMemoryCheckpoints<ReturnType<ReturnType<typeof counterTotals>['initial']>>();
      const runner = () =>
        createProjectionRunner({
          store,
          registry: counterRegistry,
          projection: counterTotals(),
          checkpoints,
          checkpointEvery,
        });

      await appendAll(store, history.slice(0, split));
      const before = runner();
      await before.start();
      await before.whenCaughtUp();
      let after = before;
      if (restart) {
        // Stopped at the split and resumed from its checkpoint by a new runner…
        await before.stop();
        await appendAll(store, history.slice(split));
        after = runner();
        await after.start();
      } else {
        // …or kept running while the rest of the history is appended live.
        await appendAll(store, history.slice(split));
      }
      const incremental = await after.whenCaughtUp();
      await after.stop();

      const rebuilt = await replay(store, counterRegistry, counterTotals());
      expect(incremental).toEqual(rebuilt);
      expect(incremental.events).toBe(history.length);
      expect(checkpoints.saved.get('counter-totals')?.position).toBe(await store.headPosition());
    },
  );
});
