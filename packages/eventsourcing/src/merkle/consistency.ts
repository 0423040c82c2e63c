import { half, isOdd, isPowerOfTwo } from './bits.js';
import { type Digest, EMPTY_ROOT, nodeHashOf } from './hashes.js';
import { sameBytes } from './sameBytes.js';
import { type Leaves, splitPoint, subtreeRoot } from './treeHash.js';

/** SUBPROOF(m, D[from:to], b) of RFC 9162 §2.1.4.1. */
const subproof = (leaves: Leaves, m: number, from: number, to: number, whole: boolean, out: Digest[]): Digest[] => {
  const n = to - from;
  if (m === n) {
    if (!whole) out.push(subtreeRoot(leaves, from, to));
    return out;
  }
  const k = splitPoint(n);
  if (m <= k) {
    subproof(leaves, m, from, from + k, whole, out);
    out.push(subtreeRoot(leaves, from + k, to));
  } else {
    subproof(leaves, m - k, from + k, to, false, out);
    out.push(subtreeRoot(leaves, from, from + k));
  }
  return out;
};

/**
 * PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the nodes that show the tree of the first `m` leaves is a
 * prefix of the tree of the first `n` (0 < m ≤ n; empty when m = n). One pass over the leaves.
 */
export const consistencyProof = (leaves: Leaves, m: number, n: number): Digest[] => {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || m > n || n > leaves.size) {
    throw new RangeError(`no consistency proof from ${m} to ${n} leaves (of ${leaves.size})`);
  }
  return subproof(leaves, m, 0, n, true, []);
};

/**
 * Whether `proof` shows that the tree of `size2` leaves with `root2` extends the tree of `size1`
 * leaves with `root1`: RFC 9162 §2.1.4.2 for 0 < size1 < size2. The cases the RFC leaves out are
 * decided as the reference implementation does: equal sizes need an empty proof and equal roots
 * (and a tree of no leaves has the empty root); a proof from size 0, or an empty proof between
 * different sizes, proves nothing.
 */
export const verifyConsistency = (
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
): boolean => {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size2 < size1) return false;
  if (size1 === size2) {
    return proof.length === 0 && sameBytes(root1, root2) && (size1 > 0 || sameBytes(root1, EMPTY_ROOT));
  }
  if (size1 === 0 || proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Uint8Array = path[0]!;
  let sr: Uint8Array = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHashOf(c, fr);
      sr = nodeHashOf(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHashOf(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sameBytes(fr, root1) && sameBytes(sr, root2) && sn === 0;
};
