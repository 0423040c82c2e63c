import type { StoredEvent } from './envelope.js';
import { GENESIS_HASH, hashOf } from './hashChain.js';

/** Which check an event failed. */
export type ChainBreakKind =
  /** The event's content no longer matches its hash: a field was changed. */
  | 'hash-mismatch'
  /** The event's `prevHash` is not the previous event's hash: an event before it was changed or replaced. */
  | 'broken-link'
  /** A version is missing between two events (or the first event is not version 1): an event was deleted. */
  | 'version-gap'
  /** A version or global position goes backwards: events were swapped or moved. */
  | 'reordering';

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

export type VerifyResult =
  | { readonly ok: true; readonly streams: number; readonly events: number }
  | { readonly ok: false; readonly streams: number; readonly events: number; readonly break: ChainBreak };

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
}

/**
 * Checks one event against the previous one of its stream (or the genesis). Order of checks: the
 * version (a gap or a step back), then the link to the previous hash, then the event's own hash —
 * so each kind of tampering is reported as what it is and where it is.
 */
const checkEvent = (event: StoredEvent, cursor: StreamCursor): ChainBreak | undefined => {
  if (event.streamVersion <= cursor.version) {
    return chainBreak('reordering', event, `follows version ${cursor.version}`);
  }
  if (event.streamVersion !== cursor.version + 1) {
    return chainBreak('version-gap', event, `expected version ${cursor.version + 1}`);
  }
  if (event.prevHash !== cursor.hash) {
    return chainBreak(
      'broken-link',
      event,
      `prevHash ${event.prevHash.slice(0, 12)}… is not the previous event's hash`,
    );
  }
  const recomputed = hashOf(event);
  if (recomputed !== event.hash) {
    return chainBreak('hash-mismatch', event, `stored hash ${event.hash.slice(0, 12)}… does not match its content`);
  }
  return undefined;
};

/**
 * A verifier fed events one by one, in the order a store returns them: a whole tenant in global
 * order, or one stream in version order. It keeps only one cursor per stream, so it streams.
 */
export const createVerifier = () => {
  const cursors = new Map<string, StreamCursor>();
  let events = 0;
  let lastPosition: bigint | undefined;
  let found: ChainBreak | undefined;
  return {
    /** Checks the next event; returns the break it found, if any (and remembers the first). */
    push(event: StoredEvent): ChainBreak | undefined {
      if (found !== undefined) return found;
      events += 1;
      if (lastPosition !== undefined && event.globalPosition <= lastPosition) {
        found = chainBreak('reordering', event, `global position ${event.globalPosition} follows ${lastPosition}`);
        return found;
      }
      lastPosition = event.globalPosition;
      const cursor = cursors.get(event.streamId) ?? { version: 0, hash: GENESIS_HASH };
      found = checkEvent(event, cursor);
      if (found === undefined) cursors.set(event.streamId, { version: event.streamVersion, hash: event.hash });
      return found;
    },
    result(): VerifyResult {
      return found === undefined
        ? { ok: true, streams: cursors.size, events }
        : { ok: false, streams: cursors.size, events, break: found };
    },
  };
};

/** Verifies one stream's events, in the order given (as read, forwards). */
export const verifyStream = (events: Iterable<StoredEvent>): VerifyResult => {
  const cursor: StreamCursor = { version: 0, hash: GENESIS_HASH };
  let count = 0;
  for (const event of events) {
    count += 1;
    const found = checkEvent(event, cursor);
    if (found !== undefined) return { ok: false, streams: 1, events: count, break: found };
    cursor.version = event.streamVersion;
    cursor.hash = event.hash;
  }
  return { ok: true, streams: count === 0 ? 0 : 1, events: count };
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
