import type { StoredEvent } from './envelope.js';
import { GENESIS_HASH } from './hashChain.js';
import { type Erasure, erasureIn } from './privacy/erasureEvent.js';
import { type ErasedFieldReport, hasErasedFields, integrityOf } from './privacy/integrity.js';

/** Which check an event failed. */
export type ChainBreakKind =
  /** The event's content no longer matches its hash: a field was changed. */
  | 'hash-mismatch'
  /** The event's `prevHash` is not the previous event's hash: an event before it was changed or replaced. */
  | 'broken-link'
  /** A version is missing between two events (or the first event is not version 1): an event was deleted. */
  | 'version-gap'
  /** A version or global position goes backwards: events were swapped or moved. */
  | 'reordering'
  /** A personal field is marked erased, but no erasure in the tenant's `privacy-log` records it. */
  | 'erasure-unrecorded';

/** The first place where a history stops being what was written. */
export interface ChainBreak {
  readonly _tag: 'ChainBreak';
  readonly kind: ChainBreakKind;
  readonly tenantId: string;
  readonly streamId: string;
  /** The version of the event at which the break was found. */
  readonly streamVersion: number;
  readonly eventId: string;
  readonly message: string;
}

/**
 * The verdict of a verification: how many streams and events were checked, the first break if
 * any, and the personal fields found erased (each confirmed by its erasure record), in history order.
 */
export type VerifyResult =
  | {
      readonly ok: true;
      readonly streams: number;
      readonly events: number;
      readonly erasures: readonly ErasedFieldReport[];
    }
  | {
      readonly ok: false;
      readonly streams: number;
      readonly events: number;
      readonly erasures: readonly ErasedFieldReport[];
      readonly break: ChainBreak;
    };

const chainBreak = (kind: ChainBreakKind, event: StoredEvent, detail: string): ChainBreak => ({
  _tag: 'ChainBreak',
  kind,
  tenantId: event.tenantId,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  eventId: event.eventId,
  message: `${event.streamId} version ${event.streamVersion}: ${kind}: ${detail}`,
});

/** The running state of one stream's verification. */
interface StreamCursor {
  version: number;
  hash: string;
  /**
   * An event that skipped versions, not yet judged: if a missing version arrives later, events were
   * reordered; otherwise one was deleted.
   */
  gap: { readonly event: StoredEvent; readonly order: number } | undefined;
}

type Verdict = ChainBreak | 'gap' | 'erased' | undefined;

/**
 * Checks one event against the previous one of its stream (or the genesis). Order of checks: the
 * version (a step back, or a gap), then the link to the previous hash, then the event's own hash —
 * so each kind of tampering is reported as what it is and where it is.
 */
const checkEvent = (event: StoredEvent, cursor: StreamCursor): Verdict => {
  if (cursor.gap !== undefined) {
    // The stream skipped a version just before: a version below the skip means a swap, anything
    // else confirms the gap.
    return event.streamVersion < cursor.gap.event.streamVersion
      ? chainBreak('reordering', event, `comes after version ${cursor.gap.event.streamVersion}`)
      : gapAt(cursor.gap.event, cursor);
  }
  if (event.streamVersion <= cursor.version) {
    return chainBreak('reordering', event, `follows version ${cursor.version}`);
  }
  if (event.streamVersion !== cursor.version + 1) return 'gap';
  if (event.prevHash !== cursor.hash) {
    return chainBreak(
      'broken-link',
      event,
      `prevHash ${event.prevHash.slice(0, 12)}… is not the previous event's hash`,
    );
  }
  // An event with erased fields is judged once the erasure records that follow it have been read.
  if (hasErasedFields(event)) return 'erased';
  const problem = integrityOf(event, NO_RECORDS);
  return problem === undefined ? undefined : chainBreak(problem.kind, event, problem.detail);
};

const NO_RECORDS: readonly Erasure[] = Object.freeze([]);

const gapAt = (event: StoredEvent, cursor: StreamCursor): ChainBreak =>
  chainBreak('version-gap', event, `expected version ${cursor.version + 1}`);

/**
 * A verifier fed events one by one, in the order a store returns them: a whole tenant in global
 * order, or one stream in version order. It keeps only one cursor per stream, so it streams.
 *
 * A skipped version is judged when the stream's next event arrives (a swap shows as a `reordering`
 * at the event that arrives late; a deletion as a `version-gap` at the event after it), or at
 * `result()` when none does. Deleting a stream's last events leaves no trace in the chain itself:
 * compare the head (last version and hash) with one kept elsewhere to detect that.
 */
export const createVerifier = (
  options: {
    readonly checkPositions?: boolean;
    /** Erasure records read elsewhere (the tenant's `privacy-log`), for a verification of one stream. */
    readonly erasures?: readonly Erasure[];
  } = {},
) => {
  const checkPositions = options.checkPositions ?? true;
  const cursors = new Map<string, StreamCursor>();
  const records: Erasure[] = [...(options.erasures ?? [])];
  /** Events with erased fields, in the order read, checked at `result()` against every record. */
  const erasedEvents: StoredEvent[] = [];
  const erasures: ErasedFieldReport[] = [];
  let events = 0;
  let lastPosition: bigint | undefined;
  let found: ChainBreak | undefined;
  /** The earliest unjudged gap of any stream: it comes before any break found after it. */
  const earliestGap = (): StreamCursor | undefined => {
    let earliest: StreamCursor | undefined;
    for (const cursor of cursors.values()) {
      if (cursor.gap !== undefined && (earliest === undefined || cursor.gap.order < earliest.gap!.order)) {
        earliest = cursor;
      }
    }
    return earliest;
  };
  const conclude = (cursor: StreamCursor | undefined, candidate: ChainBreak): ChainBreak => {
    const pending = earliestGap();
    found = pending !== undefined && pending !== cursor ? gapAt(pending.gap!.event, pending) : candidate;
    return found;
  };
  return {
    /** Checks the next event; returns the first break found, once one is certain. */
    push(event: StoredEvent): ChainBreak | undefined {
      if (found !== undefined) return found;
      events += 1;
      if (checkPositions && lastPosition !== undefined && event.globalPosition <= lastPosition) {
        return conclude(
          undefined,
          chainBreak('reordering', event, `global position ${event.globalPosition} follows ${lastPosition}`),
        );
      }
      lastPosition = event.globalPosition;
      let cursor = cursors.get(event.streamId);
      if (cursor === undefined) {
        cursor = { version: 0, hash: GENESIS_HASH, gap: undefined };
        cursors.set(event.streamId, cursor);
      }
      const verdict = checkEvent(event, cursor);
      if (verdict === 'gap') {
        cursor.gap = { event, order: events };
        return undefined;
      }
      if (verdict === 'erased') erasedEvents.push(event);
      else if (verdict !== undefined) return conclude(cursor, verdict);
      const erasure = erasureIn(event);
      if (erasure !== undefined) records.push(erasure);
      cursor.version = event.streamVersion;
      cursor.hash = event.hash;
      return undefined;
    },
    /** The verdict on everything pushed: the first break, or how much was verified. */
    result(): VerifyResult {
      if (found === undefined) {
        const pending = earliestGap();
        if (pending !== undefined) found = gapAt(pending.gap!.event, pending);
      }
      if (found === undefined) {
        for (const event of erasedEvents.splice(0)) {
          const problem = integrityOf(event, records, erasures);
          if (problem !== undefined) {
            found = chainBreak(problem.kind, event, problem.detail);
            break;
          }
        }
      }
      return found === undefined
        ? { ok: true, streams: cursors.size, events, erasures }
        : { ok: false, streams: cursors.size, events, erasures, break: found };
    },
  };
};

/**
 * Verifies one stream's events, in the order given (as read, forwards). An erased field is
 * confirmed by the tenant's erasure records, which another stream holds: pass them (the decoded
 * `ErasureRecorded` payloads of `privacy-log`) when the stream may have erased fields.
 */
export const verifyStream = (events: Iterable<StoredEvent>, erasures?: readonly Erasure[]): VerifyResult => {
  const verifier = createVerifier(
    erasures === undefined ? { checkPositions: false } : { checkPositions: false, erasures },
  );
  for (const event of events) {
    if (verifier.push(event) !== undefined) break;
  }
  return verifier.result();
};

/** Verifies a whole tenant's history, read in global order in batches (e.g. `store.readAll()`). */
export const verifyHistory = async (
  batches: AsyncIterable<readonly StoredEvent[]> | Iterable<readonly StoredEvent[]>,
): Promise<VerifyResult> => {
  const verifier = createVerifier();
  for await (const batch of batches) {
    for (const event of batch) {
      if (verifier.push(event) !== undefined) return verifier.result();
    }
  }
  return verifier.result();
};
