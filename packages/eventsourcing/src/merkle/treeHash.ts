import { type Digest, EMPTY_ROOT, nodeHashOf } from './hashes.js';

/** The leaf hashes a tree is computed over, by index: an array, or a reader over packed storage. */
export interface Leaves {
  readonly size: number;
  at(index: number): Digest;
}

/** The largest power of two strictly smaller than `n` (n ≥ 2): where RFC 9162 splits a list of n. */
export const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/**
 * MTH(D[from:to]) of RFC 9162 §2.1.1, over leaf hashes already computed. Recursion depth is
 * ⌈log2 n⌉; the work is one node hash per inner node (n − 1 for n leaves).
 */
export const subtreeRoot = (leaves: Leaves, from: number, to: number): Digest => {
  const n = to - from;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves.at(from);
  const k = splitPoint(n);
  return nodeHashOf(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
};

/** The root of the tree of the first `size` leaves. */
export const rootOf = (leaves: Leaves, size = leaves.size): Digest => subtreeRoot(leaves, 0, size);

/** Leaves held in an array. */
export const leavesOf = (hashes: readonly Digest[]): Leaves => ({ size: hashes.length, at: (i) => hashes[i]! });
