import { half, isOdd } from './bits.js';
import { DIGEST_LENGTH, type Digest, nodeHashOf } from './hashes.js';
import { sameBytes } from './sameBytes.js';
import { type Leaves, splitPoint, subtreeRoot } from './treeHash.js';

/**
 * PATH(m, D[from:to]) of RFC 9162 §2.1.3.1: the sibling subtree roots from the leaf up to the root,
 * the nearest first. Each level hashes its sibling subtree once, so a proof costs one pass over the
 * leaves (n − 1 node hashes at most).
 */
const path = (leaves: Leaves, m: number, from: number, to: number, out: Digest[]): Digest[] => {
  const n = to - from;
  if (n <= 1) return out;
  const k = splitPoint(n);
  if (m < k) {
    path(leaves, m, from, from + k, out);
    out.push(subtreeRoot(leaves, from + k, to));
  } else {
    path(leaves, m - k, from + k, to, out);
    out.push(subtreeRoot(leaves, from, from + k));
  }
  return out;
};

/** The audit path of leaf `index` in the tree of the first `size` leaves (0 ≤ index < size). */
export const inclusionPath = (leaves: Leaves, index: number, size: number): Digest[] => {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size || size > leaves.size) {
    throw new RangeError(`no leaf ${index} in a tree of ${size} leaves (of ${leaves.size})`);
  }
  return path(leaves, index, 0, size, []);
};

/**
 * The root an audit path leads to from a leaf, by RFC 9162 §2.1.3.2; `undefined` when the path
 * cannot be one of leaf `index` in a tree of `size` (index out of range, a leaf hash that is no
 * SHA-256 digest, path too long or too short).
 */
export const rootFromInclusionPath = (
  index: number,
  size: number,
  leafHash: Uint8Array,
  auditPath: readonly Uint8Array[],
): Uint8Array | undefined => {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return undefined;
  if (leafHash.length !== DIGEST_LENGTH) return undefined;
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leafHash;
  for (const p of auditPath) {
    if (sn === 0) return undefined;
    if (isOdd(fn) || fn === sn) {
      r = nodeHashOf(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHashOf(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? r : undefined;
};

/** Whether `auditPath` proves that `leafHash` is leaf `index` of the tree of `size` leaves with `root`. */
export const verifyInclusion = (
  index: number,
  size: number,
  leafHash: Uint8Array,
  auditPath: readonly Uint8Array[],
  root: Uint8Array,
): boolean => {
  const computed = rootFromInclusionPath(index, size, leafHash, auditPath);
  return computed !== undefined && sameBytes(computed, root);
};
