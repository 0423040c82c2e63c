import { startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import { leftOf, rightOf } from '@mgmt-review/testing';
import { describe, expect, it } from 'vitest';
import { note, storeOn } from './testing/index.js';

describe('the EventStoreDB store when the server fails it', () => {
  it('refuses an append over the maximum append size as invalid input, writing none of its events', async () => {
    const double = await startEventStoreDbTestDouble({ maxAppendSize: 64 * 1024 });
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    const big = Array.from({ length: 200 }, (_, i) => note(`note ${i}`));
    const refused = leftOf(await acme.append('review-1', big));
    expect(refused).toMatchObject({ _tag: 'InvalidInput', path: 'events' });
    expect(refused.message).toMatch(/maximum append size \(65536 bytes/);
    expect(rightOf(await acme.readStream('review-1'))).toEqual([]);
    expect(rightOf(await acme.append('review-1', big.slice(0, 10))).streamVersion).toBe(10);
    await store.close();
    await double.stop();
  });

  it('answers appends and reads with StoreUnavailable, and readAll by throwing, once it is gone', async () => {
    const double = await startEventStoreDbTestDouble();
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    rightOf(await acme.append('review-1', [note('a')]));
    await double.stop();
    expect(leftOf(await acme.append('review-1', [note('b')]))).toMatchObject({ _tag: 'StoreUnavailable' });
    expect(leftOf(await acme.readStream('review-1'))).toMatchObject({ _tag: 'StoreUnavailable' });
    const readAll = async () => {
      for await (const _ of acme.readAll()) {
        // never reached
      }
    };
    await expect(readAll()).rejects.toBeInstanceOf(Error);
    await store.close();
  });
});
