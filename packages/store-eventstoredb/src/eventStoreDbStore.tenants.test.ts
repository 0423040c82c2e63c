import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import { rightOf } from '@mgmt-review/testing';
import { firstValueFrom, take } from 'rxjs';
import { v4 as uuidv4 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStoreDbEventStore } from './eventStoreDbStore.js';
import { streamNames } from './streamNames.js';
import { note, noteRegistry, storeOn } from './testing/index.js';

describe('tenants of the EventStoreDB store', () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  it("keeps each tenant's streams under its own prefix, the same stream id in two tenants two streams", async () => {
    const store = storeOn(double);
    rightOf(await store.forTenant('acme').append('review-1', [note('a')]));
    rightOf(await store.forTenant('globex').append('review-1', [note('b')], { expectedVersion: 'no-stream' }));
    rightOf(await store.forTenant('acme').append('review-1', [note('c')], { expectedVersion: 1 }));
    const names = double.log
      .all()
      .filter((e) => e.streamName.includes('review-1'))
      .map((e) => e.streamName.replace(/^[^:]*:/, ''));
    expect(names).toEqual(['acme.review-1', 'globex.review-1', 'acme.review-1']);
    await store.close();
  });

  it('records each tenant once, before its first stream is written, and no stream owner', async () => {
    const store = storeOn(double);
    const before = double.log.all().length;
    rightOf(await store.forTenant('acme').append('review-1', [note('a')]));
    rightOf(await store.forTenant('acme').append('review-2', [note('b')]));
    // Another process (a second store on the same namespace) finds the record written and leaves it.
    const namespace = double.log.all()[before]!.streamName.replace(/:.*$/, '');
    const again = createEventStoreDbEventStore({
      connectionString: double.connectionString,
      registry: noteRegistry,
      namespace: decodeURIComponent(namespace),
    });
    rightOf(await again.forTenant('acme').append('review-3', [note('c')]));
    const names = double.log
      .all()
      .slice(before)
      .map((e) => e.streamName.replace(/^[^:]*:/, ''));
    expect(names).toEqual(['tenant-acme', 'acme.review-1', 'acme.review-2', 'acme.review-3']);
    expect(await again.tenants()).toEqual(['acme']);
    await Promise.all([store.close(), again.close()]);
  });

  it('lists the tenants of a store written by 0.1.0 from its stream claims', async () => {
    const namespace = `legacy-${uuidv4()}`;
    const client = EventStoreDBClient.connectionString(double.connectionString);
    const store = createEventStoreDbEventStore({ client, registry: noteRegistry, namespace });
    // What 0.1.0 wrote for a tenant's first stream: a claim, then the stream (no tenant record).
    const names = streamNames(namespace);
    await client.appendToStream(
      `${names.legacyClaimPrefix}review-1`,
      jsonEvent({ type: 'StreamClaimed', data: { tenantId: 'initech', streamId: 'review-1' } }),
    );
    await client.appendToStream(names.tenantStream('initech', 'review-1'), jsonEvent({ type: 'NoteTaken', data: {} }));
    expect(await store.tenants()).toEqual(['initech']);
    await store.close();
    await client.dispose();
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
