import type { StoredEvent } from './envelope.js';
import type { ReadStreamOptions } from './eventStore.js';

/**
 * Selects versions of a stream held in order (index i holds version i + 1), following the read
 * options' meaning; stores that read a whole stream first can share it.
 */
export const selectVersions = (events: readonly StoredEvent[], options: ReadStreamOptions): StoredEvent[] => {
  const last = events.length;
  const max = options.maxCount ?? Number.POSITIVE_INFINITY;
  if (options.direction === 'backwards') {
    const from = Math.min(options.from ?? last, last);
    const to = Math.max(options.to ?? 1, 1);
    const out: StoredEvent[] = [];
    for (let v = from; v >= to && out.length < max; v--) out.push(events[v - 1]!);
    return out;
  }
  const from = Math.max(options.from ?? 1, 1);
  const to = Math.min(options.to ?? last, last);
  const out: StoredEvent[] = [];
  for (let v = from; v <= to && out.length < max; v++) out.push(events[v - 1]!);
  return out;
};
