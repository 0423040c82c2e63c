import { deepStrictEqual, fail } from 'node:assert/strict';
import { isLeft } from 'fp-ts/lib/Either.js';
import type { StoredEvent } from '../envelope.js';
import { verifyStream } from '../verify.js';
import { eventsAfter, eventsOf, positionBefore, STREAMS, TENANTS } from './storeModelState.js';
import type { Fc, StoreCommand } from './storeModelSupport.js';

/** The reads of the store model: stream reads, history reads, and subscriptions left open. */

/** The model's answer to a stream read, written independently of the stores' shared helper. */
const selectModel = (
  events: readonly StoredEvent[],
  o: { direction: 'forwards' | 'backwards'; from?: number; to?: number; maxCount?: number },
) => {
  const n = events.length;
  const chosen =
    o.direction === 'forwards'
      ? events.filter((e) => e.streamVersion >= (o.from ?? 1) && e.streamVersion <= (o.to ?? n))
      : [...events].reverse().filter((e) => e.streamVersion <= (o.from ?? n) && e.streamVersion >= (o.to ?? 1));
  return chosen.slice(0, o.maxCount ?? n);
};

/** A read of one stream, forwards or backwards, with an optional range and count. */
export const readStream = (fc: Fc) =>
  fc
    .record({
      tenant: fc.nat(TENANTS - 1),
      stream: fc.nat(STREAMS - 1),
      direction: fc.constantFrom<'forwards' | 'backwards'>('forwards', 'backwards'),
      from: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      maxCount: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    })
    .map(
      (c): StoreCommand => ({
        check: () => true,
        toString: () => `readStream(${JSON.stringify(c)})`,
        run: async (m, r) => {
          const streamId = r.streamIds[c.stream]!;
          const options = { direction: c.direction, from: c.from, to: c.to, maxCount: c.maxCount };
          const result = await r.tenants[c.tenant]!.readStream(streamId, options);
          if (isLeft(result)) fail(`readStream failed: ${result.left._tag}: ${result.left.message}`);
          const stored = eventsOf(m, c.tenant, streamId);
          deepStrictEqual(result.right, selectModel(stored, options), `readStream ${streamId}`);
          if (c.direction === 'forwards' && c.from === undefined && c.to === undefined && c.maxCount === undefined) {
            const verified = verifyStream(result.right);
            if (!verified.ok) fail(`a stream as written fails verification: ${verified.break.message}`);
          }
        },
      }),
    );

/** A read of a tenant's whole history after a position, in batches. */
export const readAll = (fc: Fc) =>
  fc.record({ tenant: fc.nat(TENANTS - 1), start: fc.nat(12), batchSize: fc.integer({ min: 1, max: 4 }) }).map(
    (c): StoreCommand => ({
      check: () => true,
      toString: () => `readAll(t${c.tenant}, after #${c.start}, batches of ${c.batchSize})`,
      run: async (m, r) => {
        const after = positionBefore(m, c.tenant, c.start);
        const read: StoredEvent[] = [];
        for await (const batch of r.tenants[c.tenant]!.readAll({ after, batchSize: c.batchSize })) {
          if (batch.length === 0 || batch.length > c.batchSize) fail(`readAll yielded a batch of ${batch.length}`);
          read.push(...batch);
        }
        deepStrictEqual(read, eventsAfter(m, c.tenant, after), `readAll of tenant ${c.tenant} after ${after}`);
      },
    }),
  );

/** A subscription from a position, kept open for the rest of the run. */
export const subscribe = (fc: Fc) =>
  fc.record({ tenant: fc.nat(TENANTS - 1), start: fc.nat(12) }).map(
    (c): StoreCommand => ({
      check: (m) => m.subscriptions < 4,
      toString: () => `subscribe(t${c.tenant}, after #${c.start})`,
      run: async (m, r) => {
        const after = positionBefore(m, c.tenant, c.start);
        const received: StoredEvent[] = [];
        const watch = { tenant: c.tenant, after, received, failure: undefined as unknown };
        const subscription = r.tenants[c.tenant]!.subscribe({ after }).subscribe({
          next: (event) => received.push(event),
          error: (error: unknown) => {
            watch.failure = error;
          },
        });
        r.watches.push(Object.assign(watch, { subscription }));
        m.subscriptions += 1;
      },
    }),
  );
