import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import type { TenantEventStore } from '../eventStore.js';
import type { Anchor } from './anchor.js';
import type { AnchorBreak } from './anchorBreak.js';
import { checkAnchor } from './checkAnchors.js';
import { consistencyProof } from './consistency.js';
import { inclusionPath } from './inclusion.js';
import { createLeafLog } from './leafLog.js';
import { scanLog } from './logScan.js';
import { rootOf } from './treeHash.js';

/**
 * That an event is leaf `leafIndex` of the tree of `treeSize` leaves with `root`: everything a
 * host needs to check it without this library (docs/concepts.md gives the algorithm). Hashes are
 * lower-case hex; `leafHash` = SHA-256(0x00 ‖ the 32 bytes of `eventHash`).
 */
export interface InclusionProof {
  readonly tenant: string;
  readonly eventId: string;
  readonly eventHash: string;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  /** The sibling subtree roots from the leaf up, RFC 9162's PATH. */
  readonly auditPath: readonly string[];
  readonly root: string;
}

/** That the tree of `size1` leaves with `root1` is a prefix of the tree of `size2` with `root2` (RFC 9162 PROOF). */
export interface ConsistencyProof {
  readonly tenant: string;
  readonly size1: number;
  readonly root1: string;
  readonly size2: number;
  readonly root2: string;
  readonly proof: readonly string[];
}

/** Why no proof could be given. */
export type ProofRefused =
  | { readonly _tag: 'EventNotFound'; readonly eventId: string; readonly message: string }
  | { readonly _tag: 'NotCovered'; readonly eventId: string; readonly leafIndex: number; readonly message: string }
  | AnchorBreak;

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Every leaf of the tenant's log, read in one pass, with the index of one event's leaf. */
const leavesOfLog = async (store: TenantEventStore, eventId?: string) => {
  const leaves = createLeafLog();
  let found: { index: number; hash: string } | undefined;
  await scanLog(store, {
    within: (event) => {
      if (found === undefined && event.eventId === eventId) found = { index: leaves.size, hash: event.hash };
      return true;
    },
    onLeaf: (leaf) => leaves.push(leaf),
  });
  return { leaves, found };
};

/**
 * The inclusion proof of one event in the tenant's log: in the tree of the whole history, or in
 * the tree of an anchor — after checking that the history still extends it, so the proof leads to
 * the anchor's own root.
 */
export const proveInclusion = async (
  store: TenantEventStore,
  eventId: string,
  anchor?: Anchor,
): Promise<Either<ProofRefused, InclusionProof>> => {
  if (anchor !== undefined) {
    const held = await checkAnchor(store, anchor);
    if (isLeft(held)) return held;
  }
  const { leaves, found } = await leavesOfLog(store, eventId);
  if (found === undefined) {
    return left({ _tag: 'EventNotFound', eventId, message: `no event ${eventId} in tenant ${store.tenantId}` });
  }
  const treeSize = anchor?.size ?? leaves.size;
  if (found.index >= treeSize) {
    return left({
      _tag: 'NotCovered',
      eventId,
      leafIndex: found.index,
      message: `event ${eventId} is leaf ${found.index}, after the anchor's ${treeSize} events`,
    });
  }
  return right({
    tenant: store.tenantId,
    eventId,
    eventHash: found.hash,
    leafIndex: found.index,
    treeSize,
    leafHash: hex(leaves.at(found.index)),
    auditPath: inclusionPath(leaves, found.index, treeSize).map(hex),
    root: hex(rootOf(leaves, treeSize)),
  });
};

/**
 * The consistency proof from an anchor to the tenant's history now. The proof is computed from
 * the history as it is; it verifies against the anchor's root only if the history extends it.
 */
export const proveConsistency = async (
  store: TenantEventStore,
  anchor: Pick<Anchor, 'size'>,
): Promise<ConsistencyProof> => {
  const { leaves } = await leavesOfLog(store);
  const size1 = Math.min(anchor.size, leaves.size);
  return {
    tenant: store.tenantId,
    size1,
    root1: hex(rootOf(leaves, size1)),
    size2: leaves.size,
    root2: hex(rootOf(leaves, leaves.size)),
    proof: size1 === 0 ? [] : consistencyProof(leaves, size1, leaves.size).map(hex),
  };
};
