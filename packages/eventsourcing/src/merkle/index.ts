/**
 * The Merkle log over each tenant's history (RFC 9162 §2.1): its tree hash, inclusion and
 * consistency proofs with their verification, and anchors — tree heads a host keeps outside the
 * store, recorded in it too, that show nothing at or before them was deleted, altered or reordered.
 */
export { type Anchor, anchorCodec, decodeAnchor } from './anchor.js';
export type { AnchorBreak, AnchorBreakKind, AnchorHeld, AnchorVerdict } from './anchorBreak.js';
export { ANCHOR_RECORDED, ANCHOR_STREAM, anchorRecorded } from './anchorEvent.js';
export { type AnchorOptions, anchorOf } from './anchorOf.js';
export { type AnchorsCheck, checkAnchor, checkAnchors } from './checkAnchors.js';
export { consistencyProof, verifyConsistency } from './consistency.js';
export type { EventRef } from './eventRef.js';
export { type Digest, EMPTY_ROOT, eventLeafHash, leafHashOf, nodeHashOf } from './hashes.js';
export { inclusionPath, rootFromInclusionPath, verifyInclusion } from './inclusion.js';
export { createLeafLog } from './leafLog.js';
export {
  type ConsistencyProof,
  type InclusionProof,
  type ProofRefused,
  proveConsistency,
  proveInclusion,
} from './proofs.js';
export { ANCHOR_ACTOR, recordAnchor, recordedAnchors } from './recordAnchor.js';
export { createTreeBuilder, type TreeBuilder } from './treeBuilder.js';
export { type Leaves, leavesOf, rootOf, subtreeRoot } from './treeHash.js';
