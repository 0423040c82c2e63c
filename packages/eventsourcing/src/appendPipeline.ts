import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { GlobalPosition, NewEvent, StoredEvent } from './envelope.js';
import { type AppendError, versionConflict } from './errors.js';
import type { AppendOptions, AppendResult } from './eventStore.js';
import {
  describeExpected,
  type ExpectedVersion,
  meetsExpectedVersion,
  validateExpectedVersion,
} from './expectedVersion.js';
import { isKnownHead, knownHeadConflict, validateKnownHead } from './knownHead.js';
import { checkNewEvents } from './newEvents.js';
import { classifyRetry } from './retries.js';
import { type SealedEvent, type SealingDeps, type StreamHead, sealEvents } from './sealing.js';
import { validateStreamId } from './streamId.js';

/*
 * The one append pipeline. Every store runs an append as the same two calls around its own I/O:
 *
 * 1. `checkAppend`, before the store reads anything: the stream id, the options (the expected
 *    version included) and the new events' envelopes. What it refuses costs no I/O.
 * 2. The store reads, in its write transaction or under its lock, the stream's head and the events
 *    already stored under the append's chosen event ids.
 * 3. `planAppend`, given what was read: recognises a retried append, resolves the expected version
 *    against the head, validates the payloads with the registry and seals the hash chain on the head.
 * 4. The store writes the plan's sealed events, gives each its global position (`atPosition`) and
 *    answers `appended(stored)`.
 *
 * The steps, and their order, live here only, so every store returns the same answer and the same
 * error for the same input; a store adds nothing to them but what its storage can fail with
 * (`StoreUnavailable`, a conflict its server detects at write time).
 */

/** An append whose input is well-formed, ready for the store to read what `planAppend` needs. */
export interface CheckedAppend {
  readonly tenantId: string;
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion: ExpectedVersion;
  /** The event ids the writer chose, in append order: the ids the store looks up. Often none. */
  readonly eventIds: readonly string[];
  /** The head the writer read before deciding (`AppendOptions.knownHead`), when it gave one. */
  readonly knownHead?: StreamHead;
}

/**
 * Step 1: checks an append's input before the store reads anything — stream id, expected version,
 * then each event's envelope (metadata, event ids, no id twice). Payloads are checked later, by
 * `planAppend`, since the registry's error names the version each event would have had.
 */
export const checkAppend = (
  tenantId: string,
  streamId: unknown,
  events: unknown,
  options: AppendOptions | undefined,
): Either<AppendError, CheckedAppend> => {
  const valid = validateStreamId(streamId);
  if (isLeft(valid)) return valid;
  const expected = validateExpectedVersion(options?.expectedVersion);
  if (isLeft(expected)) return expected;
  const known = validateKnownHead(options?.knownHead, expected.right);
  if (isLeft(known)) return known;
  const checked = checkNewEvents(events);
  if (isLeft(checked)) return checked;
  return right({
    tenantId,
    streamId: valid.right,
    events: events as readonly NewEvent[],
    expectedVersion: expected.right,
    eventIds: checked.right,
    ...(known.right === undefined ? {} : { knownHead: known.right }),
  });
};

/** What the store read for a checked append, inside the transaction (or lock) it will write in. */
export interface StreamRead {
  /** The stream's head: its last version and hash, or `EMPTY_HEAD` for a stream with no events. */
  readonly head: StreamHead;
  /** The tenant's stored events under the append's `eventIds`, in whichever of its streams they are. */
  readonly found: ReadonlyMap<string, StoredEvent>;
  /**
   * Chosen ids the store knows are stored in another of the tenant's streams without having read
   * those events (a store that indexes ids by stream only), in append order.
   */
  readonly elsewhere?: readonly string[];
}

/** What the store does next, as `planAppend` decided it. */
export type AppendPlan =
  /** A retried append: every event is already stored. Answer `result`; write nothing. */
  | { readonly _tag: 'Retried'; readonly result: AppendResult }
  /** An empty append whose expectation holds: write nothing; answer `nothingAppended`. */
  | { readonly _tag: 'NothingToWrite'; readonly streamVersion: number }
  /** Write these events, in order, after the head that was read; `last` is the stream's new head. */
  | {
      readonly _tag: 'Write';
      readonly events: readonly SealedEvent[];
      readonly last: SealedEvent;
      /** True when the stream had no event: the store creates it. */
      readonly isNewStream: boolean;
    };

const NOWHERE_ELSE: readonly string[] = Object.freeze([]);

/**
 * Steps 2–4 of the kernel's side, given what the store read: a retry is recognised before the
 * expected version is checked (a retry re-sends its first expectation, which no longer holds), then
 * the expected version is resolved against the head, then payloads are validated and sealed.
 */
export const planAppend = (
  deps: SealingDeps,
  append: CheckedAppend,
  read: StreamRead,
): Either<AppendError, AppendPlan> => {
  const { streamId, events, expectedVersion } = append;
  const { head } = read;
  const retry = classifyRetry(streamId, events, read.found, read.elsewhere ?? NOWHERE_ELSE);
  if (isLeft(retry)) return retry;
  if (retry.right !== 'new') {
    return right({
      _tag: 'Retried',
      result: {
        events: retry.right,
        streamVersion: head.version,
        globalPosition: retry.right.at(-1)!.globalPosition,
        duplicate: true,
      },
    });
  }
  if (!meetsExpectedVersion(expectedVersion, head.version)) {
    return left(versionConflict(streamId, describeExpected(expectedVersion), head.version));
  }
  if (append.knownHead !== undefined && !isKnownHead(append.knownHead, head)) {
    return left(knownHeadConflict(streamId, append.knownHead, head));
  }
  if (events.length === 0) return right({ _tag: 'NothingToWrite', streamVersion: head.version });
  const sealed = sealEvents(deps, append.tenantId, streamId, head, events);
  if (isLeft(sealed)) return sealed;
  return right({ _tag: 'Write', events: sealed.right, last: sealed.right.at(-1)!, isNewStream: head.version === 0 });
};

/** A plan that writes: sealed events after a head. */
export type WritePlan = Extract<AppendPlan, { readonly _tag: 'Write' }>;

/**
 * The plan of an append whose writer gave its known head, made before the store reads anything:
 * the events sealed on that head. The store may write them only where the stream's head is still
 * exactly the known one, checked atomically with the write (and, when the events carry ids, only
 * where none of them is stored yet). When the head has moved, an id is taken, or this returns
 * `undefined` (no known head, nothing to write, a payload refused), the store runs the ordinary
 * path — read, `planAppend`, write — whose answer (conflict, retry, refusal) every store gives.
 */
export const planOnKnownHead = (deps: SealingDeps, append: CheckedAppend): WritePlan | undefined => {
  const head = append.knownHead;
  if (head === undefined || append.events.length === 0) return undefined;
  const sealed = sealEvents(deps, append.tenantId, append.streamId, head, append.events);
  if (isLeft(sealed)) return undefined;
  return { _tag: 'Write', events: sealed.right, last: sealed.right.at(-1)!, isNewStream: head.version === 0 };
};

/** The answer to an append once the store has written its events (at least one) with their positions. */
export const appended = (stored: readonly StoredEvent[]): AppendResult => {
  const last = stored[stored.length - 1]!;
  return { events: stored, streamVersion: last.streamVersion, globalPosition: last.globalPosition, duplicate: false };
};

/** The answer to an empty append: the stream's version, and the tenant's head position. */
export const nothingAppended = (streamVersion: number, globalPosition: GlobalPosition): AppendResult => ({
  events: [],
  streamVersion,
  globalPosition,
  duplicate: false,
});
