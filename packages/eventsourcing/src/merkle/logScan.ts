import type { StoredEvent } from '../envelope.js';
import type { TenantEventStore } from '../eventStore.js';
import { createVerifier, type VerifyResult } from '../verify.js';
import { type EventRef, refOf } from './eventRef.js';
import { type Digest, EMPTY_ROOT, eventLeafHash } from './hashes.js';
import { createTreeBuilder } from './treeBuilder.js';

/** What one pass over a tenant's log is asked to note, besides its head. */
export interface ScanTargets {
  /** Tree sizes whose root to note (the anchors' sizes). */
  readonly sizes?: readonly number[];
  /** Global positions at or before which to count the events (the anchors' positions). */
  readonly positions?: readonly bigint[];
  /** Leaf indices whose event to name. */
  readonly indices?: readonly number[];
  /** Also verify the hash chain in the same pass. */
  readonly chain?: boolean;
  /** Stops at the first event outside it (an anchor as of a position). */
  readonly within?: (event: StoredEvent) => boolean;
  /** Given each leaf hash as it is computed (to keep them for proofs). */
  readonly onLeaf?: (leaf: Digest) => void;
}

/** The events at or before a global position: how many, and the last of them. */
export interface Present {
  readonly count: number;
  readonly last: EventRef | undefined;
}

/** What one pass over a tenant's log saw. */
export interface LogScan {
  /** Leaves (events) read. */
  readonly size: number;
  /** The root of the tree over all of them. */
  readonly root: Digest;
  /** The global position of the last event read (`0n` when none). */
  readonly lastPosition: bigint;
  /** The root of the first `size` leaves, for each size asked that the log reaches. */
  readonly rootAt: ReadonlyMap<number, Digest>;
  /** The global position of leaf `size − 1`, for each size asked that the log reaches. */
  readonly positionAt: ReadonlyMap<number, bigint>;
  /** For each position asked: the events at or before it. */
  readonly presentAt: ReadonlyMap<bigint, Present>;
  /** The events at the indices asked. */
  readonly eventAt: ReadonlyMap<number, EventRef>;
  /**
   * The first runs of positions the tenant's log skips, at or before the largest position asked
   * (at most `MAX_SKIPS`). Positions are store-wide, so other tenants' events leave runs too: a
   * run is where a deleted event may have been, not proof that one was.
   */
  readonly skipped: readonly PositionRun[];
  /** The hash chain's verdict, when asked; and the leaf index at which its break was found. */
  readonly chain?: VerifyResult;
  readonly chainBreakIndex?: number;
}

/** A run of global positions, both ends included. */
export interface PositionRun {
  readonly from: bigint;
  readonly to: bigint;
}

/** How many skipped runs a scan notes. */
export const MAX_SKIPS = 16;

const ascending = <T extends number | bigint>(values: readonly T[]): T[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Reads the tenant's history once, in global order, computing each event's leaf and the root with
 * the O(log n) stack of complete subtrees, and notes what `targets` asks for on the way. Memory
 * holds one batch and the notes, never the history (unless `onLeaf` keeps the leaves).
 */
export const scanLog = async (store: TenantEventStore, targets: ScanTargets = {}): Promise<LogScan> => {
  const sizes = ascending(targets.sizes ?? []);
  const positions = ascending(targets.positions ?? []);
  const indices = new Set(targets.indices ?? []);
  const rootAt = new Map<number, Digest>();
  const positionAt = new Map<number, bigint>();
  const presentAt = new Map<bigint, Present>();
  const eventAt = new Map<number, EventRef>();
  const builder = createTreeBuilder();
  const verifier = targets.chain === true ? createVerifier() : undefined;
  let chainBreakIndex: number | undefined;
  let nextSize = 0;
  let nextPosition = 0;
  let previous: StoredEvent | undefined;
  let lastPosition = 0n;
  const skipped: PositionRun[] = [];
  const lastAsked = positions.at(-1) ?? 0n;
  while (sizes[nextSize] === 0) rootAt.set(sizes[nextSize++]!, EMPTY_ROOT);
  reading: for await (const batch of store.readAll({ batchSize: 5000 })) {
    for (const event of batch) {
      if (targets.within?.(event) === false) break reading;
      const index = builder.size;
      // Positions increase along the log (the chain check says so when they do not), so the events
      // at or before a position are those before the first event beyond it.
      while (nextPosition < positions.length && event.globalPosition > positions[nextPosition]!) {
        presentAt.set(positions[nextPosition++]!, { count: index, last: previous && refOf(previous) });
      }
      if (indices.has(index)) eventAt.set(index, refOf(event));
      if (event.globalPosition > lastPosition + 1n && lastPosition < lastAsked && skipped.length < MAX_SKIPS) {
        skipped.push({ from: lastPosition + 1n, to: event.globalPosition - 1n });
      }
      if (verifier !== undefined && chainBreakIndex === undefined && verifier.push(event) !== undefined) {
        chainBreakIndex = index;
      }
      const leaf = eventLeafHash(event.hash);
      targets.onLeaf?.(leaf);
      builder.push(leaf);
      while (sizes[nextSize] === builder.size) {
        rootAt.set(builder.size, builder.root());
        positionAt.set(builder.size, event.globalPosition);
        nextSize += 1;
      }
      previous = event;
      lastPosition = event.globalPosition;
    }
  }
  while (nextPosition < positions.length) {
    presentAt.set(positions[nextPosition++]!, { count: builder.size, last: previous && refOf(previous) });
  }
  return {
    size: builder.size,
    root: builder.root(),
    lastPosition,
    rootAt,
    positionAt,
    presentAt,
    eventAt,
    skipped,
    ...(verifier === undefined ? {} : { chain: verifier.result() }),
    ...(chainBreakIndex === undefined ? {} : { chainBreakIndex }),
  };
};
