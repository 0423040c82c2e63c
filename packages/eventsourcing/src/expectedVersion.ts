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

/** The one check every store runs, inside its write transaction, so they all agree. */
export const checkExpectedVersion = (
  streamId: string,
  expected: ExpectedVersion,
  currentVersion: number,
): Either<VersionConflict, number> => {
  const ok =
    expected === 'any' ||
    (expected === 'no-stream' && currentVersion === 0) ||
    (expected === 'stream-exists' && currentVersion > 0) ||
    (typeof expected === 'number' && expected === currentVersion);
  return ok ? right(currentVersion) : left(versionConflict(streamId, describeExpected(expected), currentVersion));
};

/** Whether a value is an expected version: an integer ≥ 0 (0 meaning no stream) or one of the three words. */
export const isExpectedVersion = (value: unknown): value is ExpectedVersion =>
  value === 'no-stream' ||
  value === 'stream-exists' ||
  value === 'any' ||
  (typeof value === 'number' && Number.isInteger(value) && value >= 0);

/**
 * Checks an expected version given at run time (by a host not written in TypeScript, or read from
 * a request): anything but an integer ≥ 0 or one of the three words is `InvalidInput` at
 * `expectedVersion`. Stores run it before the append, so a malformed expectation appends nothing.
 */
export const validateExpectedVersion = (value: unknown): Either<InvalidInput, ExpectedVersion> =>
  value === undefined
    ? right('any')
    : isExpectedVersion(value)
      ? right(value)
      : left(
          invalidInput([
            {
              path: 'expectedVersion',
              message: `expected a version (an integer ≥ 0), 'no-stream', 'stream-exists' or 'any', got ${JSON.stringify(value) ?? String(value)}`,
            },
          ]),
        );
