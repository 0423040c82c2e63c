import type { StoredEvent } from './envelope.js';
import { DEFAULT_BATCH_SIZE, type StoredStreamHead, type TenantEventStore } from './eventStore.js';

/** How a stored head disagrees with the events. */
export type HeadBreakKind =
  /** The head's version or last hash is not the version and hash of the stream's last event. */
  | 'head-mismatch'
  /** The store keeps a head for a stream that has no events. */
  | 'head-without-events'
  /** A stream has events but the store keeps no head for it. */
  | 'stream-without-head';

/** A stream whose stored head does not match its events. */
export interface HeadBreak {
  readonly _tag: 'HeadBreak';
  readonly kind: HeadBreakKind;
  readonly tenantId: string;
  readonly streamId: string;
  /** The head as the store keeps it, when it keeps one. */
  readonly head?: StoredStreamHead;
  /** The head the events give (version and hash of the stream's last event), when it has events. */
  readonly events?: StoredStreamHead;
  readonly message: string;
}

/** The verdict of a head check: how many streams were compared, and the first break if any. */
export type HeadsCheck =
  | { readonly ok: true; readonly streams: number }
  | { readonly ok: false; readonly streams: number; readonly break: HeadBreak };

/** The head an event gives its stream when it is the stream's last. */
export const headOfEvent = (event: StoredEvent): StoredStreamHead => ({
  streamId: event.streamId,
  version: event.streamVersion,
  hash: event.hash,
});

/**
 * The head each stream's events give: the version and hash of the last event read of each stream.
 * Fed a history in global order whose chain holds, that is the stream's last event.
 */
export const headsOfEvents = async (
  batches: AsyncIterable<readonly StoredEvent[]> | Iterable<readonly StoredEvent[]>,
): Promise<Map<string, StoredStreamHead>> => {
  const heads = new Map<string, StoredStreamHead>();
  for await (const batch of batches) {
    for (const event of batch) {
      heads.set(event.streamId, headOfEvent(event));
    }
  }
  return heads;
};

/** Heads in batches of `batchSize` (defaults to 1,000), as `readStreamHeads` yields them. */
export async function* headBatches(
  heads: Iterable<StoredStreamHead>,
  batchSize: number = DEFAULT_BATCH_SIZE,
): AsyncGenerator<readonly StoredStreamHead[]> {
  let batch: StoredStreamHead[] = [];
  for (const head of heads) {
    batch.push(head);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Heads read off the events, for a store that keeps no head apart from them (its head IS its last
 * event): one pass over the history, then the heads in batches.
 */
export async function* headsFromHistory(
  batches: AsyncIterable<readonly StoredEvent[]> | Iterable<readonly StoredEvent[]>,
  batchSize?: number,
): AsyncGenerator<readonly StoredStreamHead[]> {
  yield* headBatches((await headsOfEvents(batches)).values(), batchSize);
}

const headBreak = (
  kind: HeadBreakKind,
  tenantId: string,
  streamId: string,
  head: StoredStreamHead | undefined,
  events: StoredStreamHead | undefined,
  detail: string,
): HeadBreak => ({
  _tag: 'HeadBreak',
  kind,
  tenantId,
  streamId,
  ...(head === undefined ? {} : { head }),
  ...(events === undefined ? {} : { events }),
  message: `${streamId}: ${kind}: ${detail}`,
});

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/**
 * Compares the stored heads with the heads the events give. Stops at the first stream that
 * disagrees (stored heads in the order read, then streams with events but no head) and names it.
 */
export const compareStreamHeads = async (
  tenantId: string,
  stored: AsyncIterable<readonly StoredStreamHead[]> | Iterable<readonly StoredStreamHead[]>,
  fromEvents: ReadonlyMap<string, StoredStreamHead>,
): Promise<HeadsCheck> => {
  const seen = new Set<string>();
  for await (const batch of stored) {
    for (const head of batch) {
      seen.add(head.streamId);
      const last = fromEvents.get(head.streamId);
      if (last === undefined) {
        const detail = `the store keeps version ${head.version} but the stream has no events`;
        const found = headBreak('head-without-events', tenantId, head.streamId, head, undefined, detail);
        return { ok: false, streams: seen.size, break: found };
      }
      if (head.version !== last.version || head.hash !== last.hash) {
        const detail = `the store keeps version ${head.version} hash ${short(head.hash)} but the last event is version ${last.version} hash ${short(last.hash)}`;
        return {
          ok: false,
          streams: seen.size,
          break: headBreak('head-mismatch', tenantId, head.streamId, head, last, detail),
        };
      }
    }
  }
  for (const last of fromEvents.values()) {
    if (!seen.has(last.streamId)) {
      const detail = `the stream has ${last.version} event(s) but the store keeps no head for it`;
      const found = headBreak('stream-without-head', tenantId, last.streamId, undefined, last, detail);
      return { ok: false, streams: seen.size + 1, break: found };
    }
  }
  return { ok: true, streams: seen.size };
};

/**
 * The cheap check: the heads a store keeps (version, last hash) against the tenant's events. It
 * catches a careless edit of the events or the heads; an edit that fixes the heads too passes it
 * (anchors catch that one).
 */
export const checkStreamHeads = async (store: TenantEventStore): Promise<HeadsCheck> =>
  compareStreamHeads(store.tenantId, store.readStreamHeads(), await headsOfEvents(store.readAll()));
