import type { ChainBreak } from '../verify.js';
import type { Anchor } from './anchor.js';
import type { EventRef } from './eventRef.js';

/** What a history that no longer extends an anchor shows. */
export type AnchorBreakKind =
  /** The anchor is of another tenant's history. */
  | 'other-tenant'
  /** An event the anchor covers fails the hash chain: changed, deleted inside its stream, or swapped in it. */
  | 'chain-break'
  /** Fewer events are now at or before the anchor's position than it covers: events were deleted. */
  | 'events-missing'
  /** The events the anchor covers hash to another root: one was deleted, altered or reordered. */
  | 'root-mismatch'
  /** The covered events are intact, but the last of them is no longer at the anchor's position. */
  | 'position-moved';

/**
 * Where a tenant's history stopped extending an anchor, and what is known of the first difference.
 * The anchor holds only a root, so the first differing leaf is located between the last anchor
 * that still holds and this one (`window`); it is named exactly (`event`) when the window is one
 * leaf wide, or when the hash chain names it.
 */
export interface AnchorBreak {
  readonly _tag: 'AnchorBreak';
  readonly kind: AnchorBreakKind;
  readonly anchor: Anchor;
  /** How many events the tenant's history holds now. */
  readonly size: number;
  /** How many events are now at or before the anchor's position (it covered `anchor.size`). */
  readonly present: number;
  /** The last event now at or before the anchor's position. */
  readonly lastPresent?: EventRef;
  /**
   * Runs of positions at or before the anchor's that the history skips (decimal, both ends
   * included): where deleted events may have been. Other tenants' events leave runs too.
   */
  readonly skippedPositions?: readonly { readonly from: string; readonly to: string }[];
  /** The leaves `[from, to)` the first difference lies in: after the last anchor that holds. */
  readonly window: { readonly from: number; readonly to: number };
  /** The first event that differs, when it is known; else the first event of the window. */
  readonly event?: EventRef;
  /** Whether `event` is certainly the first that differs (not only the first that may). */
  readonly exact: boolean;
  /** The hash chain's break, when it lies within the anchor. */
  readonly chainBreak?: ChainBreak;
  readonly message: string;
}

/** A history that still extends an anchor: the anchor, and the head it was checked against. */
export interface AnchorHeld {
  readonly _tag: 'AnchorHeld';
  readonly anchor: Anchor;
  /** The tenant's history now: its size and root (hex). */
  readonly size: number;
  readonly root: string;
}

/** The verdict on one anchor. */
export type AnchorVerdict = AnchorHeld | AnchorBreak;
