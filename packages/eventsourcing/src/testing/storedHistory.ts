import { left, right } from 'fp-ts/lib/Either.js';
import { EMPTY, type Observable } from 'rxjs';
import type { StoredEvent } from '../envelope.js';
import { storeUnavailable } from '../errors.js';
import type { TenantEventStore } from '../eventStore.js';
import { eraseUnsupported } from '../privacy/erasure.js';
import { headsFromHistory } from '../streamHeads.js';

/**
 * A read-only tenant store over events given as they are, in the order given: a history as a
 * tamperer left it (rows deleted, edited or moved), for checking what verification reports. Reads
 * return the events as held, with no check of their own; appends are refused.
 */
export const storedHistory = (tenantId: string, events: readonly StoredEvent[]): TenantEventStore => ({
  tenantId,
  append: async () => left(storeUnavailable('a stored history is read-only')),
  readStream: async (streamId) => right(events.filter((event) => event.streamId === streamId)),
  async *readAll(options = {}) {
    const after = options.after ?? -1n;
    const batchSize = options.batchSize ?? 1000;
    const rest = events.filter((event) => event.globalPosition > after);
    for (let i = 0; i < rest.length; i += batchSize) yield rest.slice(i, i + batchSize);
  },
  subscribe: (): Observable<StoredEvent> => EMPTY,
  headPosition: async () => events.at(-1)?.globalPosition ?? 0n,
  // The heads the events give, as the in-memory store keeps them: a tamperer who edits events here
  // edits the heads with them.
  readStreamHeads: (options = {}) => headsFromHistory([events], options.batchSize),
  erase: eraseUnsupported('a stored history is read-only'),
});
