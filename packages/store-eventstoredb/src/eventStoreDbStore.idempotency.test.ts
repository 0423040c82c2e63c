import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import { leftOf, rightOf } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esdbEventIdOf } from './eventIds.js';
import { note, storeOn } from './testing/index.js';

describe('event ids in the EventStoreDB store', () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  it('writes a retried append once on the server, and answers it with the events stored first', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    const batch = [
      note('a', '0192f0a0-0000-7000-8000-000000000001'),
      note('b', '0192f0a0-0000-7000-8000-000000000002'),
    ];
    const first = rightOf(await tenant.append('review-1', batch));
    const again = rightOf(await tenant.append('review-1', batch));
    expect(again).toEqual({ ...first, duplicate: true });
    const written = double.log.all().filter((e) => e.id === '0192f0a0-0000-7000-8000-000000000001');
    expect(written).toHaveLength(1);
    await store.close();
  });

  it('uses a UUID event id as the EventStoreDB event id, and a name-based UUID for any other id', () => {
    expect(esdbEventIdOf('0192F0A0-0000-7000-8000-00000000000A')).toBe('0192f0a0-0000-7000-8000-00000000000a');
    expect(esdbEventIdOf('evt-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(esdbEventIdOf('evt-1')).toBe(esdbEventIdOf('evt-1'));
    expect(esdbEventIdOf('evt-1')).not.toBe(esdbEventIdOf('evt-2'));
  });

  it('indexes only the ids writers choose, and refuses one reused in another stream', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    rightOf(await tenant.append('review-1', [note('chosen', 'evt-chosen'), note('generated')]));
    const indexed = double.log.all().filter((e) => e.type === 'EventIdRecorded');
    const mine = indexed.filter((e) => e.streamName.endsWith(`eventId-acme.${esdbEventIdOf('evt-chosen')}`));
    expect(mine).toHaveLength(1);
    expect(leftOf(await tenant.append('review-2', [note('again', 'evt-chosen')]))).toMatchObject({
      _tag: 'DuplicateEventId',
      eventId: 'evt-chosen',
    });
    expect(rightOf(await tenant.readStream('review-2'))).toEqual([]);
    await store.close();
  });

  it('lets an append that lost a version race be retried with the same ids in its own stream', async () => {
    const store = storeOn(double);
    const tenant = store.forTenant('acme');
    rightOf(await tenant.append('review-1', [note('one')]));
    const refused = await tenant.append('review-1', [note('two', 'evt-two')], { expectedVersion: 5 });
    expect(leftOf(refused)._tag).toBe('VersionConflict');
    const accepted = rightOf(await tenant.append('review-1', [note('two', 'evt-two')], { expectedVersion: 1 }));
    expect(accepted.events.map((e) => e.eventId)).toEqual(['evt-two']);
    await store.close();
  });
});
