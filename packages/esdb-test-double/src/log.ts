/**
 * The storage of the EventStoreDB test double: one transaction log (`$all`) and an index of
 * streams, held in memory. It follows EventStoreDB's documented semantics — 0-based stream
 * revisions, expected revisions `NO_STREAM` / `STREAM_EXISTS` / `ANY` / exact, idempotent appends by
 * event id, `$all` positions that are log offsets (commit = prepare for a non-transactional write,
 * one per event) — so that what reaches a client through it is what a real server would send.
 */

/** One event as the log holds it. */
export interface LoggedEvent {
  readonly streamName: string;
  /** 0-based, gapless within the stream. */
  readonly revision: bigint;
  /** A UUID in its string form. */
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** When the server wrote it: 100-ns ticks since the Unix epoch. */
  readonly created: bigint;
  /** The event's `$all` position (a log offset). Commit and prepare positions are equal. */
  readonly position: bigint;
}

/** An event as a client proposes it. */
export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

/** What a writer expects of a stream; `bigint` is an exact 0-based revision. */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | bigint;

export type AppendOutcome =
  | { readonly kind: 'success'; readonly currentRevision: bigint; readonly position: bigint }
  | {
      readonly kind: 'wrong-expected-version';
      readonly expected: ExpectedRevision;
      /** The stream's last revision; `undefined` when the stream does not exist. */
      readonly current: bigint | undefined;
    };

export interface TestDoubleLogOptions {
  /**
   * The position of the first event. Defaults to a value above 2^53, so a client that turns
   * positions into JavaScript numbers loses precision visibly.
   */
  readonly firstPosition?: bigint;
  /** Where `created` comes from (milliseconds since the epoch). Defaults to `Date.now`. */
  readonly now?: () => number;
}

const TICKS_PER_MILLISECOND = 10_000n;
/** A log record's fixed part: positions advance by this plus the record's payload, like byte offsets. */
const RECORD_OVERHEAD = 128n;

export interface TestDoubleLog {
  append(streamName: string, expected: ExpectedRevision, events: readonly ProposedEvent[]): AppendOutcome;
  /** The stream's events in revision order; `undefined` when the stream does not exist. */
  stream(streamName: string): readonly LoggedEvent[] | undefined;
  /** Every event in `$all` order. */
  all(): readonly LoggedEvent[];
  /** Calls `listener` after every write; returns the function that stops it. */
  onWrite(listener: () => void): () => void;
}

/** The stream's last revision, or `undefined` when it has no event. */
const lastRevision = (events: readonly LoggedEvent[] | undefined): bigint | undefined =>
  events === undefined || events.length === 0 ? undefined : BigInt(events.length - 1);

const matchesExpected = (expected: ExpectedRevision, current: bigint | undefined): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === undefined;
    case 'stream_exists':
      return current !== undefined;
    default:
      return current === expected;
  }
};

/**
 * EventStoreDB's idempotency check: an append whose event ids are already the stream's events at
 * the revisions this append would have written (for `ANY`/`STREAM_EXISTS`: wherever the first id
 * is) is acknowledged again without writing. Returns the last of those events.
 */
const alreadyWritten = (
  stream: readonly LoggedEvent[],
  expected: ExpectedRevision,
  events: readonly ProposedEvent[],
): LoggedEvent | undefined => {
  if (events.length === 0) return undefined;
  let start: number;
  if (typeof expected === 'bigint') start = Number(expected) + 1;
  else if (expected === 'no_stream') start = 0;
  else start = stream.findIndex((event) => event.id === events[0]!.id);
  if (start < 0 || start + events.length > stream.length) return undefined;
  for (let i = 0; i < events.length; i++) {
    if (stream[start + i]!.id !== events[i]!.id) return undefined;
  }
  return stream[start + events.length - 1];
};

export const createTestDoubleLog = (options: TestDoubleLogOptions = {}): TestDoubleLog => {
  const now = options.now ?? Date.now;
  const streams = new Map<string, LoggedEvent[]>();
  const all: LoggedEvent[] = [];
  const listeners = new Set<() => void>();
  let nextPosition = options.firstPosition ?? 2n ** 53n + 1_000n;

  return {
    append(streamName, expected, events) {
      const stream = streams.get(streamName) ?? [];
      const repeated = alreadyWritten(stream, expected, events);
      if (repeated !== undefined) {
        return { kind: 'success', currentRevision: repeated.revision, position: repeated.position };
      }
      const current = lastRevision(stream);
      if (!matchesExpected(expected, current)) return { kind: 'wrong-expected-version', expected, current };
      if (events.length === 0) {
        return { kind: 'success', currentRevision: current ?? -1n, position: all.at(-1)?.position ?? 0n };
      }
      const created = BigInt(now()) * TICKS_PER_MILLISECOND;
      for (const proposed of events) {
        const event: LoggedEvent = {
          streamName,
          revision: BigInt(stream.length),
          id: proposed.id,
          type: proposed.type,
          contentType: proposed.contentType,
          data: proposed.data,
          customMetadata: proposed.customMetadata,
          created,
          position: nextPosition,
        };
        nextPosition += RECORD_OVERHEAD + BigInt(proposed.data.length + proposed.customMetadata.length);
        stream.push(event);
        all.push(event);
      }
      streams.set(streamName, stream);
      for (const listener of listeners) listener();
      const last = stream.at(-1)!;
      return { kind: 'success', currentRevision: last.revision, position: last.position };
    },
    stream: (streamName) => streams.get(streamName),
    all: () => all,
    onWrite(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
