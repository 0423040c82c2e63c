import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import { verifyStream } from '@mgmt-review/eventsourcing';
import { leftOf, rightOf } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { note, storeOn } from './testing/index.js';

describe('the EventStoreDB store under concurrent writers', () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  it("keeps the hash chain whole when writers expecting 'any' race on one stream", async () => {
    const store = storeOn(double);
    const writers = Array.from({ length: 8 }, () => store.forTenant('acme'));
    const results = await Promise.all(writers.map((w, i) => w.append('review-hot', [note(`w${i}`), note(`w${i}+`)])));
    expect(results.every((r) => r._tag === 'Right')).toBe(true);
    const events = rightOf(await store.forTenant('acme').readStream('review-hot'));
    expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(verifyStream(events)).toMatchObject({ ok: true, events: 16 });
    await store.close();
  });

  it('refuses an exact expected version once another writer moved the stream, naming both versions', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    rightOf(await tenant.append('review-1', [note('one')]));
    const results = await Promise.all(
      [1, 2, 3].map((i) => tenant.append('review-1', [note(`${i}`)], { expectedVersion: 1 })),
    );
    const lost = results.filter((r) => r._tag === 'Left').map(leftOf);
    expect(lost).toHaveLength(2);
    for (const conflict of lost) {
      expect(conflict).toMatchObject({
        _tag: 'VersionConflict',
        streamId: 'review-1',
        expected: 'version 1',
        actual: 2,
      });
    }
    await store.close();
  });

  it('reads an event another client wrote without our envelope, and verification points at it', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    const first = rightOf(await tenant.append('review-2', [note('one')]));
    // Another client writes to the same EventStoreDB stream without our envelope.
    const stranger = EventStoreDBClient.connectionString(double.connectionString);
    const name = double.log.all().find((e) => e.position === first.globalPosition)!.streamName;
    await stranger.appendToStream(name, jsonEvent({ type: 'Stranger', data: {} }));
    await stranger.dispose();
    const next = rightOf(await tenant.append('review-2', [note('two')]));
    expect(next.events[0]!.streamVersion).toBe(3);
    // The stranger's event has no envelope: verification points at it.
    const events = rightOf(await tenant.readStream('review-2'));
    expect(verifyStream(events)).toMatchObject({ ok: false, break: { kind: 'broken-link', streamVersion: 2 } });
    await store.close();
  });
});
