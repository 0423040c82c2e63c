import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { NewEvent, StoredEvent } from './envelope.js';
import type { TenantEventStore } from './eventStore.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { actor, at, counterRegistry } from './testing/counter.js';

const incremented = (by: number): NewEvent => ({
  type: 'Incremented',
  data: { by, note: '' },
  metadata: { actor, occurredAt: at },
});
const append = async (store: TenantEventStore, streamId: string, ...events: NewEvent[]) => {
  const result = await store.append(streamId, events);
  if (isLeft(result)) throw new Error(result.left.message);
};

describe('subscriptions to the in-memory store', () => {
  it('deliver the stored events after the position, then each new one, once and in order', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry });
    const acme = store.forTenant('acme');
    await append(acme, 'counter-1', incremented(1), incremented(2));
    const seen: bigint[] = [];
    const subscription = acme.subscribe({ after: 1n }).subscribe((e) => seen.push(e.globalPosition));
    await append(acme, 'counter-1', incremented(3));
    await append(store.forTenant('globex'), 'counter-2', incremented(4));
    await append(acme, 'counter-3', incremented(5));
    subscription.unsubscribe();
    await append(acme, 'counter-1', incremented(6));
    expect(seen).toEqual([2n, 3n, 5n]);
  });

  it('keep order and deliver nothing twice when a subscriber appends while it is being delivered to', async () => {
    const acme = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const seen: StoredEvent[] = [];
    acme.subscribe().subscribe((event) => {
      seen.push(event);
      // A policy reacting to an event by writing another: the nested append commits mid-delivery.
      if (seen.length < 5) void acme.append('counter-1', [incremented(seen.length + 1)]);
    });
    await append(acme, 'counter-1', incremented(0));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.map((e) => e.globalPosition)).toEqual([1n, 2n, 3n, 4n, 5n]);
  });
});
