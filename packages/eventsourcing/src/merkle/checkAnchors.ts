import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { TenantEventStore } from '../eventStore.js';
import type { VerifyResult } from '../verify.js';
import type { Anchor } from './anchor.js';
import type { AnchorBreak, AnchorBreakKind, AnchorHeld, AnchorVerdict } from './anchorBreak.js';
import { describeRef, type EventRef } from './eventRef.js';
import { type LogScan, scanLog } from './logScan.js';

/** The verdict on a tenant's history against anchors: its chain, its head, and each anchor in turn. */
export interface AnchorsCheck {
  /** The hash chain of the whole history. */
  readonly chain: VerifyResult;
  /** The history now: how many events, and the root over them (hex). */
  readonly size: number;
  readonly root: string;
  /** One verdict per anchor, in the order given. */
  readonly verdicts: readonly AnchorVerdict[];
}

interface Judged {
  readonly anchor: Anchor;
  readonly kind: AnchorBreakKind | undefined;
}

/** What the pass says of one anchor, before the anchors that hold narrow down where it broke. */
const judge = (anchor: Anchor, tenantId: string, scan: LogScan): Judged => {
  if (anchor.tenant !== tenantId) return { anchor, kind: 'other-tenant' };
  if (scan.chainBreakIndex !== undefined && scan.chainBreakIndex < anchor.size) return { anchor, kind: 'chain-break' };
  const present = scan.presentAt.get(BigInt(anchor.position))?.count ?? 0;
  if (present < anchor.size || scan.size < anchor.size) return { anchor, kind: 'events-missing' };
  const root = scan.rootAt.get(anchor.size);
  if (root === undefined || root.toString('hex') !== anchor.root) return { anchor, kind: 'root-mismatch' };
  if (anchor.size > 0 && scan.positionAt.get(anchor.size) !== BigInt(anchor.position)) {
    return { anchor, kind: 'position-moved' };
  }
  return { anchor, kind: undefined };
};

const messageOf = (
  kind: AnchorBreakKind,
  anchor: Anchor,
  facts: {
    present: number;
    lastPresent?: EventRef;
    event?: EventRef;
    exact: boolean;
    chain?: string;
    skippedPositions: readonly { from: string; to: string }[];
  },
  window: { from: number; to: number },
): string => {
  const head = `anchor of ${anchor.size} events at position ${anchor.position} (${anchor.at})`;
  switch (kind) {
    case 'other-tenant':
      return `${head} is of tenant ${anchor.tenant}`;
    case 'chain-break':
      return `${head}: an event it covers fails the hash chain: ${facts.chain}`;
    case 'events-missing': {
      const lastGone = facts.lastPresent?.position !== anchor.position;
      return (
        `${head}: ${anchor.size - facts.present} of its events are missing (${facts.present} remain at or before position ${anchor.position})` +
        (lastGone ? `; the event at position ${anchor.position}, the last it covered, is gone` : '') +
        (facts.skippedPositions.length === 0
          ? ''
          : `; positions skipped: ${facts.skippedPositions.map((r) => (r.from === r.to ? r.from : `${r.from}–${r.to}`)).join(', ')}`) +
        (facts.lastPresent === undefined ? '' : `; the last present is ${describeRef(facts.lastPresent)}`)
      );
    }
    case 'root-mismatch':
      return (
        `${head}: its events no longer hash to its root: one was deleted, altered or reordered, in leaves ${window.from}–${window.to - 1}` +
        (facts.event === undefined ? '' : `, ${facts.exact ? 'at' : 'from'} ${describeRef(facts.event)}`)
      );
    case 'position-moved':
      return `${head}: its events are intact but the last of them is no longer at position ${anchor.position}`;
  }
};

/**
 * Checks a tenant's history against anchors in one streaming pass (a second, short one names the
 * events where anchors broke). An anchor holds when the first `size` events, in global order, hash
 * to its root, none of them fails the hash chain, and the last of them is at its position. Of the
 * anchors that break, each is narrowed to the leaves after the largest anchor that holds.
 */
export const checkAnchors = async (store: TenantEventStore, anchors: readonly Anchor[]): Promise<AnchorsCheck> => {
  const own = anchors.filter((a) => a.tenant === store.tenantId);
  const scan = await scanLog(store, {
    sizes: own.map((a) => a.size),
    positions: own.map((a) => BigInt(a.position)),
    chain: true,
  });
  const judged = anchors.map((anchor) => judge(anchor, store.tenantId, scan));
  const heldSizes = judged.filter((j) => j.kind === undefined).map((j) => j.anchor.size);
  const windowOf = (anchor: Anchor, present: number) => {
    const from = Math.max(0, ...heldSizes.filter((size) => size < anchor.size));
    return { from: Math.min(from, anchor.size), to: Math.max(Math.min(anchor.size, present + 1), from) };
  };
  const suspects = judged.filter((j) => j.kind === 'root-mismatch').map((j) => windowOf(j.anchor, j.anchor.size).from);
  const named =
    suspects.length === 0 ? new Map<number, EventRef>() : (await scanLog(store, { indices: suspects })).eventAt;
  const root = scan.root.toString('hex');
  const verdicts = judged.map(({ anchor, kind }): AnchorVerdict => {
    if (kind === undefined) return { _tag: 'AnchorHeld', anchor, size: scan.size, root };
    const presentNow = scan.presentAt.get(BigInt(anchor.position));
    const present = kind === 'other-tenant' ? 0 : (presentNow?.count ?? 0);
    const window = kind === 'other-tenant' ? { from: 0, to: 0 } : windowOf(anchor, present);
    const chainBreak = kind === 'chain-break' && scan.chain?.ok === false ? scan.chain.break : undefined;
    const event = kind === 'root-mismatch' ? named.get(window.from) : undefined;
    const exact = kind === 'chain-break' || (event !== undefined && window.to - window.from === 1);
    const lastPresent = kind === 'other-tenant' ? undefined : presentNow?.last;
    const position = BigInt(anchor.position);
    const skippedPositions =
      kind === 'events-missing'
        ? scan.skipped
            .filter((run) => run.from <= position)
            .map((run) => ({ from: String(run.from), to: String(run.to < position ? run.to : position) }))
        : [];
    const facts = { present, lastPresent, event, exact, chain: chainBreak?.message, skippedPositions };
    return {
      _tag: 'AnchorBreak',
      kind,
      anchor,
      size: scan.size,
      present,
      ...(lastPresent === undefined ? {} : { lastPresent }),
      ...(skippedPositions.length === 0 ? {} : { skippedPositions }),
      window,
      ...(event === undefined ? {} : { event }),
      exact,
      ...(chainBreak === undefined ? {} : { chainBreak }),
      message: messageOf(kind, anchor, facts, window),
    };
  });
  return { chain: scan.chain!, size: scan.size, root, verdicts };
};

/** Checks one anchor: the history now extends it, or the break says where it stopped. */
export const checkAnchor = async (
  store: TenantEventStore,
  anchor: Anchor,
): Promise<Either<AnchorBreak, AnchorHeld>> => {
  const verdict = (await checkAnchors(store, [anchor])).verdicts[0]!;
  return verdict._tag === 'AnchorHeld' ? right(verdict) : left(verdict);
};
