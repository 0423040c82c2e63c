import { describe, expect, it } from 'vitest';
import { note, storeOn } from './storeFixture.js';
import { startEventStoreDbTestDouble } from './testDouble/index.js';
import { leftOf, rightOf } from './testFixtureResults.js';

describe('the EventStoreDB store without its server', () => {
  it('answers appends and reads with StoreUnavailable, and readAll by throwing', async () => {
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
