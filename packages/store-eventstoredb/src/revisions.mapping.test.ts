import { ANY, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client';
import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { conflictOf, toExpectedRevision, versionOfRevision } from './revisions.js';

describe('expected versions map to EventStoreDB revisions in one place', () => {
  it('maps the three named expectations to their EventStoreDB constants', () => {
    expect(toExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toExpectedRevision('stream-exists')).toBe(STREAM_EXISTS);
    expect(toExpectedRevision('any')).toBe(ANY);
  });

  it('maps version 1 (the first event) to revision 0, and version 0 (empty) to no stream', () => {
    expect(toExpectedRevision(1)).toBe(0n);
    expect(toExpectedRevision(0)).toBe(NO_STREAM);
  });

  prop.prop([fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })], { numRuns: 100 })(
    'an exact version n is revision n - 1, and that revision reads back as version n',
    (n) => {
      const revision = toExpectedRevision(n);
      expect(revision).toBe(BigInt(n - 1));
      expect(versionOfRevision(revision as bigint)).toBe(n);
    },
  );

  it("turns a WrongExpectedVersion into our conflict, with the caller's expectation and the stream's version", () => {
    expect(conflictOf('review-1', 3, 4n)).toMatchObject({
      _tag: 'VersionConflict',
      streamId: 'review-1',
      expected: 'version 3',
      actual: 5,
    });
    expect(conflictOf('review-1', 'stream-exists', 'no_stream')).toMatchObject({
      expected: 'stream-exists',
      actual: 0,
    });
  });
});
