import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type InvalidInput, invalidInput, type VersionConflict, versionConflict } from './errors.js';

/**
 * What a writer expects of a stream before it appends:
 * - a number `n ≥ 1`: the stream's last version is exactly `n` (optimistic concurrency);
 * - `'no-stream'`: the stream has no event yet;
 * - `'stream-exists'`: the stream has at least one event;
 * - `'any'`: no check.
 * Versions are 1-based in every store; an empty stream is at version 0.
 */
export type ExpectedVersion = number | 'no-stream' | 'stream-exists' | 'any';

/** An expected version in words, as `VersionConflict.expected` reports it: `version 3`, `no-stream`… */
export const describeExpected = (expected: ExpectedVersion): string =>
  typeof expected === 'number' ? `version ${expected}` : expected;

/** Whether a stream at `currentVersion` meets an expectation (0 meaning no stream). */
export const meetsExpectedVersion = (expected: ExpectedVersion, currentVersion: number): boolean =>
  expected === 'any' ||
  (expected === 'no-stream' && currentVersion === 0) ||
  (expected === 'stream-exists' && currentVersion > 0) ||
  (typeof expected === 'number' && expected === currentVersion);

/**
 * The expected-version check as a result: the version, or the `VersionConflict` every store
 * returns for it (the append pipeline runs it against the head read in the write transaction).
 */
export const checkExpectedVersion = (
  streamId: string,
  expected: ExpectedVersion,
  currentVersion: number,
): Either<VersionConflict, number> =>
  meetsExpectedVersion(expected, currentVersion)
    ? right(currentVersion)
    : left(versionConflict(streamId, describeExpected(expected), currentVersion));

/** Whether a value is an expected version: an integer ≥ 0 (0 meaning no stream) or one of the three words. */
export const isExpectedVersion = (value: unknown): value is ExpectedVersion =>
  value === 'no-stream' ||
  value === 'stream-exists' ||
  value === 'any' ||
  (typeof value === 'number' && Number.isInteger(value) && value >= 0);

/** What an append without an expected version expects, shared: every such append reads it. */
const ANY: Either<never, ExpectedVersion> = right('any');

/** A value as a refusal shows it: strings quoted, numbers as written (NaN too), objects as JSON. */
const shown = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value) ?? 'an object';
  } catch {
    return 'an object';
  }
};

/**
 * Checks an expected version given at run time (by a host not written in TypeScript, or read from
 * a request): anything but an integer ≥ 0 or one of the three words is `InvalidInput` at
 * `expectedVersion`. The append pipeline runs it before the store reads anything, so a malformed
 * expectation appends nothing, in every store.
 */
export const validateExpectedVersion = (value: unknown): Either<InvalidInput, ExpectedVersion> =>
  value === undefined
    ? ANY
    : isExpectedVersion(value)
      ? right(value)
      : left(
          invalidInput([
            {
              path: 'expectedVersion',
              message: `expected a version (an integer ≥ 0), 'no-stream', 'stream-exists' or 'any', got ${shown(value)}`,
            },
          ]),
        );
