import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import { leftOf, rightOf } from '@mgmt-review/testing';
import { firstValueFrom, take } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { note, storeOn } from './testing/index.js';

describe('tenants of the EventStoreDB store', () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  it("keeps each tenant's streams under its own prefix and records the owner of each stream id", async () => {
    const store = storeOn(double);
    rightOf(await store.forTenant('acme').append('review-1', [note('a')]));
    const names = double.log
      .all()
      .filter((e) => e.streamName.includes('review-1'))
      .map((e) => e.streamName.replace(/^[^:]*:/, ''));
    expect(names).toEqual(['streamOwner-review-1', 'acme.review-1']);
    expect(leftOf(await store.forTenant('globex').append('review-1', [note('b')]))._tag).toBe('ForeignStream');
    expect(leftOf(await store.forTenant('globex').readStream('review-1'))._tag).toBe('ForeignStream');
    await store.close();
  });

  it('lists as tenants only those with events, whatever the namespace next door holds', async () => {
    const store = storeOn(double);
    const neighbour = storeOn(double);
    rightOf(await neighbour.forTenant('initech').append('review-1', [note('x')]));
    rightOf(await store.forTenant('acme').append('review-1', [note('a')]));
    rightOf(await store.forTenant('globex').append('review-2', []));
    rightOf(await store.forTenant('umbrella').append('review-3', [note('u')]));
    expect(await store.tenants()).toEqual(['acme', 'umbrella']);
    expect(await neighbour.tenants()).toEqual(['initech']);
    await Promise.all([store.close(), neighbour.close()]);
  });

  it("asks the server to filter $all by the tenant's stream prefix for readAll and subscribe", async () => {
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    rightOf(await acme.append('review-1', [note('a')]));
    const before = double.reads.length;
    for await (const _ of acme.readAll()) {
      // reading to the end is the point
    }
    // The subscription delivers the stored event: by then the server has its request.
    await firstValueFrom(acme.subscribe().pipe(take(1)));
    const asked = double.reads.slice(before).filter((r) => r.source === '$all');
    expect(asked).toHaveLength(2);
    for (const request of asked) {
      expect(request.subscription).toBe(true);
      expect(request.filter).toEqual({ on: 'streamName', prefixes: [expect.stringMatching(/:acme\.$/)], regex: '' });
    }
    await store.close();
  });

  it("gives a tenant's head position as the $all position of its last event", async () => {
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    const last = rightOf(await acme.append('review-1', [note('a'), note('b')])).globalPosition;
    rightOf(await store.forTenant('globex').append('review-2', [note('c')]));
    expect(await acme.headPosition()).toBe(last);
    await store.close();
  });
});
