import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type InvalidInput, invalidInput, versionConflict } from './errors.js';
import { describeExpected, type ExpectedVersion, meetsExpectedVersion } from './expectedVersion.js';
import type { StreamHead } from './sealing.js';

/*
 * A known head: the stream's last version and the hash of its last event, as the writer read them
 * just before deciding (a command handler has just folded the stream). It is an expectation, like
 * an expected version, and a stronger one: the append is written only where the stream's head is
 * exactly that one, and refused with `VersionConflict` otherwise. A store may seal the events on it
 * before it talks to its storage, and check it in the same statement as the write.
 */

const HASH = /^[0-9a-f]{64}$/;

const problem = (path: string, message: string): InvalidInput => invalidInput([{ path, message }]);

/**
 * Checks a known head given at run time: an object with `version` (an integer ≥ 0) and `hash` (64
 * lower-case hex digits), agreeing with the expected version when that names one. Anything else is
 * `InvalidInput` at `knownHead…`, before the store reads anything.
 */
export const validateKnownHead = (
  value: unknown,
  expected: ExpectedVersion,
): Either<InvalidInput, StreamHead | undefined> => {
  if (value === undefined) return right(undefined);
  if (typeof value !== 'object' || value === null) {
    return left(problem('knownHead', 'expected an object with a version and a hash'));
  }
  const { version, hash } = value as { version?: unknown; hash?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return left(problem('knownHead.version', `expected an integer ≥ 0, got ${String(version)}`));
  }
  if (typeof hash !== 'string' || !HASH.test(hash)) {
    return left(problem('knownHead.hash', 'expected a SHA-256 hash: 64 lower-case hexadecimal digits'));
  }
  if (!meetsExpectedVersion(expected, version)) {
    return left(
      problem('knownHead.version', `${version} contradicts the expected version (${describeExpected(expected)})`),
    );
  }
  return right({ version, hash });
};

/** Whether the stream's head is exactly the known one. */
export const isKnownHead = (known: StreamHead, head: StreamHead): boolean =>
  known.version === head.version && known.hash === head.hash;

/** The conflict of an append whose known head is not the stream's head. */
export const knownHeadConflict = (streamId: string, known: StreamHead, head: StreamHead) =>
  versionConflict(streamId, `version ${known.version} ending in hash ${known.hash.slice(0, 12)}…`, head.version);
