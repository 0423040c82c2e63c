import { v7 as uuidv7 } from 'uuid';

/** Where time comes from. Injected everywhere so deciders and tests never read the wall clock. */
export interface Clock {
  /** The current instant as an ISO-8601 UTC timestamp (`2026-01-31T09:00:00.000Z`). */
  now(): string;
}

/** Where ids come from. Injected so tests can be deterministic. */
export interface IdGenerator {
  /** A new unique id (the default is a UUID v7: time-ordered, so ids sort by creation). */
  next(): string;
}

/** The wall clock, at millisecond precision; readings within one millisecond share one string. */
export const systemClock: Clock = (() => {
  let lastMs = Number.NaN;
  let lastIso = '';
  return {
    now: () => {
      const ms = Date.now();
      if (ms !== lastMs) {
        lastMs = ms;
        lastIso = new Date(ms).toISOString();
      }
      return lastIso;
    },
  };
})();

/** UUID v7 ids from the `uuid` library: time-ordered, unique store-wide. The default id generator. */
export const uuidV7Ids: IdGenerator = { next: () => uuidv7() };

/**
 * A clock that starts at `start` and advances by `stepMs` on every reading: deterministic, and
 * still strictly increasing, which is what recordedAt needs in tests.
 */
export const steppingClock = (start: string, stepMs = 1): Clock => {
  let current = Date.parse(start);
  if (Number.isNaN(current)) throw new TypeError(`steppingClock: ${start} is not an ISO-8601 timestamp`);
  return {
    now: () => {
      const value = new Date(current).toISOString();
      current += stepMs;
      return value;
    },
  };
};

/** Ids `prefix-1`, `prefix-2`… for tests; not UUIDs. */
export const sequentialIds = (prefix = 'id'): IdGenerator => {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
};
