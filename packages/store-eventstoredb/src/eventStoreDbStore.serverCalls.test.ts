import { type EventStoreDbTestDouble, startEventStoreDbTestDouble } from '@mgmt-review/esdb-test-double';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { rightOf } from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { note, storeOn } from './testing/index.js';

/** What one append asks of the server, counted on the double (the guide states these numbers). */
describe('round trips of an append to EventStoreDB', () => {
  let double: EventStoreDbTestDouble;
  beforeAll(async () => {
    double = await startEventStoreDbTestDouble();
  });
  afterAll(() => double.stop());

  const asked = async (what: () => Promise<unknown>) => {
    const reads = double.reads.length;
    const appends = double.appends.length;
    await what();
    return {
      reads: double.reads.slice(reads).map((r) => `${r.direction} ${r.source.replace(/^[^:]*:/, '')}`),
      appends: double.appends.slice(appends).map((a) => `${String(a.expected)} ${a.stream.replace(/^[^:]*:/, '')}`),
    };
  };

  it('to an existing stream: its last event, the append at the revision read, the appended events', async () => {
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    rightOf(await acme.append('review-1', [note('a')]));
    expect(await asked(async () => rightOf(await acme.append('review-1', [note('b'), note('c')])))).toEqual({
      reads: ['backwards acme.review-1', 'forwards acme.review-1'],
      appends: ['0 acme.review-1'],
    });
    await store.close();
  });

  it('of one event: no read back, its position is the one the server reports for the append', async () => {
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    rightOf(await acme.append('review-4', [note('a')]));
    let appended: readonly StoredEvent[] = [];
    expect(
      await asked(async () => {
        appended = rightOf(await acme.append('review-4', [note('b')])).events;
      }),
    ).toEqual({ reads: ['backwards acme.review-4'], appends: ['0 acme.review-4'] });
    expect(rightOf(await acme.readStream('review-4', { from: 2 }))).toEqual(appended);
    await store.close();
  });

  it("to a tenant's first new stream: also the tenant's record, written with no_stream once", async () => {
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    expect(await asked(async () => rightOf(await acme.append('review-2', [note('a'), note('b')])))).toEqual({
      reads: ['backwards acme.review-2', 'forwards acme.review-2'],
      appends: ['no_stream tenant-acme', 'no_stream acme.review-2'],
    });
    expect(await asked(async () => rightOf(await acme.append('review-5', [note('a')])))).toEqual({
      reads: ['backwards acme.review-5'],
      appends: ['no_stream acme.review-5'],
    });
    await store.close();
  });

  it('with event ids the writer chose: the whole stream, and a read and a write per id', async () => {
    const store = storeOn(double);
    const acme = store.forTenant('acme');
    rightOf(await acme.append('review-3', [note('a')]));
    const counted = await asked(async () =>
      rightOf(await acme.append('review-3', [note('b', 'evt-b'), note('c', 'evt-c')])),
    );
    expect(counted.reads.filter((r) => r.includes('eventId-'))).toHaveLength(2);
    expect(counted.appends.filter((a) => a.includes('eventId-'))).toHaveLength(2);
    expect(counted.reads[0]).toBe('forwards acme.review-3');
    await store.close();
  });
});
