import { startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { rightOf } from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import { note, storeOn } from './testing/index.js';

describe('subscriptions of the EventStoreDB store', () => {
  it('end with an error, not silence, when the server goes away', async () => {
    const double = await startEventStoreDbTestDouble();
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    rightOf(await acme.append('review-1', [note('a')]));
    const received: StoredEvent[] = [];
    const ended = new Promise<unknown>((resolve) => {
      acme.subscribe().subscribe({
        next: (event) => {
          received.push(event);
          if (received.length === 1) void double.stop();
        },
        error: resolve,
        complete: () => resolve('completed'),
      });
    });
    const failure = await ended;
    expect(failure).toBeInstanceOf(Error);
    expect(received.map((e) => e.streamId)).toEqual(['review-1']);
    await store.close();
  });
});
