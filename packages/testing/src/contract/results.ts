import type { StoredEvent, TenantEventStore } from '@mgmt-review/eventsourcing';
import type { Either } from 'fp-ts/lib/Either.js';
import { firstValueFrom, take, timeout, toArray } from 'rxjs';

/** The value of a `Right`; a `Left` fails the test with the error it carries. */
export const rightOf = <E, A>(result: Either<E, A>): A => {
  if (result._tag === 'Left') throw new Error(`expected success, got ${JSON.stringify(result.left)}`);
  return result.right;
};

/** The error of a `Left`; a `Right` fails the test. */
export const leftOf = <E, A>(result: Either<E, A>): E => {
  if (result._tag === 'Right') throw new Error('expected a failure, got success');
  return result.left;
};

/** Every event of a tenant, read with `readAll` in batches of the given size. */
export const readEverything = async (
  store: TenantEventStore,
  options: { after?: bigint; batchSize?: number } = {},
): Promise<{ events: StoredEvent[]; batches: number[] }> => {
  const events: StoredEvent[] = [];
  const batches: number[] = [];
  for await (const batch of store.readAll(options)) {
    batches.push(batch.length);
    events.push(...batch);
  }
  return { events, batches };
};

/** The first `n` events a subscription delivers (fails after 10 s rather than hanging). */
export const firstEvents = (store: TenantEventStore, n: number, after?: bigint): Promise<StoredEvent[]> =>
  firstValueFrom(
    store.subscribe(after === undefined ? {} : { after }).pipe(take(n), toArray(), timeout({ first: 10_000 })),
  );

/** A stream's events, or the failure of reading them. */
export const streamOf = async (store: TenantEventStore, streamId: string): Promise<readonly StoredEvent[]> =>
  rightOf(await store.readStream(streamId));
