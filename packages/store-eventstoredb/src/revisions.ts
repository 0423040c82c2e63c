import { ANY, type AppendExpectedRevision, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import {
  describeExpected,
  type ExpectedVersion,
  type VersionConflict,
  versionConflict,
} from '@mgmt-review/eventsourcing';

/**
 * The one mapping between our stream versions and EventStoreDB's stream revisions. Ours are
 * 1-based (the first event is version 1, an empty stream is at version 0); EventStoreDB's revisions
 * are 0-based (the first event is revision 0, an empty stream has no revision: `no_stream`).
 */

/** Our expected version as EventStoreDB's expected revision: exact `n` is revision `n - 1`. */
export const toExpectedRevision = (expected: ExpectedVersion): AppendExpectedRevision => {
  switch (expected) {
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
};

/** A stream's current revision as our version: `no_stream` is 0, revision `r` is version `r + 1`. */
export const versionOfRevision = (current: bigint | 'no_stream'): number =>
  current === 'no_stream' ? 0 : Number(current) + 1;

/** EventStoreDB's WrongExpectedVersion as our conflict, with the version the writer expected. */
export const conflictOf = (
  streamId: string,
  expected: ExpectedVersion,
  current: bigint | 'no_stream',
): VersionConflict => versionConflict(streamId, describeExpected(expected), versionOfRevision(current));
