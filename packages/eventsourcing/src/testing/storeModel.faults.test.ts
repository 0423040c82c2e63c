import fc from 'fast-check';
import { isLeft } from 'fp-ts/lib/Either.js';
import { concatMap, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { EventRegistry } from '../eventRegistry.js';
import type { EventStore, TenantEventStore } from '../eventStore.js';
import { checkExpectedVersion } from '../expectedVersion.js';
import { createInMemoryEventStore } from '../inMemoryStore.js';
import { storeModelProperty } from './storeModel.js';

/** An in-memory store with one tenant view rewritten, to show the model notices the fault. */
const faulty =
  (rewrite: (view: TenantEventStore, inner: EventStore) => Partial<TenantEventStore>) =>
  (registry: EventRegistry): EventStore => {
    const inner = createInMemoryEventStore({ registry });
    return {
      ...inner,
      forTenant: (tenantId) => {
        const view = inner.forTenant(tenantId);
        return { ...view, ...rewrite(view, inner) };
      },
    };
  };

const catches = async (makeStore: (registry: EventRegistry) => EventStore) => {
  await expect(
    fc.assert(storeModelProperty({ fc, makeStore }), { numRuns: 200, endOnFailure: true }),
  ).rejects.toThrow();
};

describe('the store model notices a faulty store', () => {
  it('that ignores the expected version', async () => {
    await catches(faulty((view) => ({ append: (streamId, events) => view.append(streamId, events) })));
  });

  it('that loses an update between the version check and the write', async () => {
    await catches(
      faulty((view) => ({
        append: async (streamId, events, options = {}) => {
          const read = await view.readStream(streamId);
          if (isLeft(read)) return read;
          const checked = checkExpectedVersion(streamId, options.expectedVersion ?? 'any', read.right.length);
          if (isLeft(checked)) return checked;
          await new Promise((resolve) => setTimeout(resolve, 0));
          return view.append(streamId, events);
        },
      })),
    );
  });

  it('that delivers an event twice to a subscriber', async () => {
    await catches(
      faulty((view) => ({
        subscribe: (options) =>
          view.subscribe(options).pipe(concatMap((event, i) => (i === 0 ? of(event, event) : of(event)))),
      })),
    );
  });

  it("that lets one tenant write into another's stream", async () => {
    await catches(
      faulty((_view, inner) => ({
        append: (streamId, events, options) => inner.forTenant('shared').append(streamId, events, options),
      })),
    );
  });

  it('that drops the last batch of a history read', async () => {
    await catches(
      faulty((view) => ({
        readAll: (options) => ({
          async *[Symbol.asyncIterator]() {
            const batches = [];
            for await (const batch of view.readAll(options)) batches.push(batch);
            yield* batches.slice(0, -1);
          },
        }),
      })),
    );
  });
});
