/**
 * Expected failures are values, never exceptions. Every error is a tagged object with a
 * human-readable `message`; the other fields say where and why, so a host can map it to its
 * own HTTP status or UI message without parsing text.
 */

/** One problem found in an input, at a dotted field path such as `data.dueDate`. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An input (command or event payload) that does not match its codec. */
export interface InvalidInput {
  readonly _tag: 'InvalidInput';
  /** The first offending field path; all of them are in `problems`. */
  readonly path: string;
  readonly message: string;
  readonly problems: readonly FieldProblem[];
}

/** A rule of the domain refused the command; `rule` names it (for ISO rules, the clause). */
export interface RuleBroken {
  readonly _tag: 'RuleBroken';
  readonly rule: string;
  readonly message: string;
}

/** The actor may not do this; `rule` names the policy rule that refused it. */
export interface NotPermitted {
  readonly _tag: 'NotPermitted';
  readonly rule: string;
  readonly message: string;
}

/** The errors a decider may return. */
export type DomainError = InvalidInput | RuleBroken | NotPermitted;

/** The stream was not at the version the writer expected. Versions are 1-based; 0 means no stream. */
export interface VersionConflict {
  readonly _tag: 'VersionConflict';
  readonly streamId: string;
  readonly expected: string;
  readonly actual: number;
  readonly message: string;
}

/** A stream id that does not have the `<category>-<id>` shape. */
export interface InvalidStreamId {
  readonly _tag: 'InvalidStreamId';
  readonly streamId: string;
  readonly message: string;
}

/** An event id the tenant already stored elsewhere, outside an idempotent retry (ids are unique per tenant). */
export interface DuplicateEventId {
  readonly _tag: 'DuplicateEventId';
  readonly eventId: string;
  readonly message: string;
}

/** An event of a type, or a schema version, that the registry does not know. */
export interface UnknownEvent {
  readonly _tag: 'UnknownEvent';
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly message: string;
}

/** An event whose payload fails its codec: on append (`streamVersion` is where it would have gone). */
export interface InvalidEvent {
  readonly _tag: 'InvalidEvent';
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly path: string;
  readonly message: string;
  readonly problems: readonly FieldProblem[];
}

/** The storage itself failed (connection lost, disk full…). Retrying may help; the cause is kept. */
export interface StoreUnavailable {
  readonly _tag: 'StoreUnavailable';
  readonly message: string;
  readonly cause?: unknown;
}

/** What an append may fail with. Nothing is written when it fails. */
export type AppendError =
  | InvalidInput
  | VersionConflict
  | InvalidStreamId
  | DuplicateEventId
  | UnknownEvent
  | InvalidEvent
  | StoreUnavailable;

/** What a stream read may fail with. */
export type ReadError = InvalidStreamId | StoreUnavailable;

/** An error any store call may return. */
export type StoreError = AppendError | ReadError;

/** An `InvalidInput` from its problems; `path` is the first problem's. */
export const invalidInput = (problems: readonly FieldProblem[]): InvalidInput => {
  const first = problems[0] ?? { path: '', message: 'invalid input' };
  return {
    _tag: 'InvalidInput',
    path: first.path,
    message: problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)).join('; '),
    problems,
  };
};

/** A `RuleBroken`; the message ends with the rule, e.g. `(10.2 d)`. */
export const ruleBroken = (rule: string, message: string): RuleBroken => ({
  _tag: 'RuleBroken',
  rule,
  message: `${message} (${rule})`,
});

/** A `NotPermitted`; the message ends with the policy rule. */
export const notPermitted = (rule: string, message: string): NotPermitted => ({
  _tag: 'NotPermitted',
  rule,
  message: `${message} (${rule})`,
});

/** A `VersionConflict`: `expected` as `describeExpected` words it, `actual` the stream's version. */
export const versionConflict = (streamId: string, expected: string, actual: number): VersionConflict => ({
  _tag: 'VersionConflict',
  streamId,
  expected,
  actual,
  message: `stream ${streamId} was expected at ${expected} but is at version ${actual}`,
});

/** A `StoreUnavailable`, keeping the underlying cause. */
export const storeUnavailable = (message: string, cause?: unknown): StoreUnavailable => ({
  _tag: 'StoreUnavailable',
  message,
  cause,
});

/**
 * The exception the Promise facade throws for an expected failure. `error` is the tagged value the
 * fp-ts API would have returned, so a host can `switch (e.error._tag)`.
 */
export class CommandFailed<E extends { readonly _tag: string; readonly message: string }> extends Error {
  readonly error: E;
  constructor(error: E) {
    super(error.message);
    this.name = `CommandFailed(${error._tag})`;
    this.error = error;
  }
}
