import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import { type StoredEvent, verifyHistory, verifyStream } from '@mgmt-review/eventsourcing';
import { rightOf } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esdbEventIdOf } from './eventIds.js';
import { note, storeOn } from './testing/index.js';

describe('the EventStoreDB store keeps the whole envelope', () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  it('reads back exactly what it appended, and the hash chain verifies', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    const first = rightOf(await tenant.append('review-1', [note('opened'), note('agenda set')]));
    const second = rightOf(await tenant.append('review-1', [note('held')], { expectedVersion: 2 }));
    const read = rightOf(await tenant.readStream('review-1'));
    expect(read).toEqual([...first.events, ...second.events]);
    expect(read.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    expect(verifyStream(read)).toEqual({ ok: true, streams: 1, events: 3, erasures: [] });
    expect(await verifyHistory(tenant.readAll())).toEqual({ ok: true, streams: 1, events: 3, erasures: [] });
    await store.close();
  });

  it('gives each event its own exact $all commit position, beyond 2^53', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    const { events } = rightOf(await tenant.append('review-2', [note('a'), note('b'), note('c')]));
    const positions = events.map((e) => e.globalPosition);
    expect(positions.every((p) => p > 2n ** 53n)).toBe(true);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(new Set(positions).size).toBe(3);
    const logged = double.log.all().filter((e) => e.streamName.endsWith('.review-2'));
    expect(logged.map((e) => e.position)).toEqual(positions);
    await store.close();
  });

  it('writes our event id as the EventStoreDB event id, our recordedAt from our clock, in the tenant stream', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme corp');
    const { events } = rightOf(await tenant.append('review-3', [note('x', 'not-a-uuid-1')]));
    const stored = events[0] as StoredEvent;
    expect(stored.metadata.recordedAt).toBe('2026-03-01T10:00:00.000Z');
    const logged = double.log.all().find((e) => e.id === esdbEventIdOf('not-a-uuid-1'));
    expect(logged?.streamName).toMatch(/:acme%20corp\.review-3$/);
    expect(logged?.revision).toBe(0n);
    expect(logged?.type).toBe('NoteTaken');
    expect(JSON.parse(Buffer.from(logged!.data).toString('utf8'))).toEqual({ text: 'x' });
    const metadata = JSON.parse(Buffer.from(logged!.customMetadata).toString('utf8'));
    expect(metadata.envelope).toMatchObject({ eventId: 'not-a-uuid-1', tenantId: 'acme corp', streamVersion: 1 });
    expect(metadata.$correlationId).toBe(stored.metadata.correlationId);
    await store.close();
  });

  it('reads ranges of versions forwards and backwards as the in-memory store does', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    rightOf(
      await tenant.append(
        'review-4',
        ['1', '2', '3', '4', '5'].map((t) => note(t)),
      ),
    );
    const versions = async (options: Parameters<typeof tenant.readStream>[1]) =>
      rightOf(await tenant.readStream('review-4', options)).map((e) => e.streamVersion);
    expect(await versions({ from: 2, to: 4 })).toEqual([2, 3, 4]);
    expect(await versions({ from: 4, maxCount: 5 })).toEqual([4, 5]);
    expect(await versions({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1]);
    expect(await versions({ direction: 'backwards', from: 4, to: 2 })).toEqual([4, 3, 2]);
    expect(await versions({ direction: 'backwards', maxCount: 2 })).toEqual([5, 4]);
    expect(await versions({ direction: 'backwards', from: 9, maxCount: 1 })).toEqual([5]);
    expect(await versions({ from: 6 })).toEqual([]);
    await store.close();
  });
});
