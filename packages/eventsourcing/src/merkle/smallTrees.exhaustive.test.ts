import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consistencyProof, verifyConsistency } from './consistency.js';
import { EMPTY_ROOT, eventLeafHash } from './hashes.js';
import { inclusionPath, verifyInclusion } from './inclusion.js';
import { createTreeBuilder } from './treeBuilder.js';
import { leavesOf, rootOf } from './treeHash.js';

const MAX = 64;
const eventHash = (i: number) => crypto.createHash('sha256').update(`event ${i}`).digest('hex');
const leaves = leavesOf(Array.from({ length: MAX }, (_, i) => eventLeafHash(eventHash(i))));
/** roots[n]: the root of the tree of the first n leaves, by the RFC's recursive definition. */
const roots = Array.from({ length: MAX + 1 }, (_, n) => rootOf(leaves, n));

/** The same nodes with one bit of one byte of node `node` flipped. */
const flipped = (nodes: readonly Buffer[], node: number, byte: number): Buffer[] =>
  nodes.map((n, j) => {
    if (j !== node) return n;
    const copy = Buffer.from(n);
    copy[byte] = copy[byte]! ^ 0x01;
    return copy;
  });

/** Every byte of a node for trees of up to 16 leaves; four spread over it beyond, to keep the test fast. */
const bytesToFlip = (n: number): readonly number[] =>
  n <= 16 ? Array.from({ length: 32 }, (_, b) => b) : [0, 11, 22, 31];

const flipOne = (digest: Buffer, byte: number): Buffer => flipped([digest], 0, byte)[0]!;

/**
 * Collects the cases whose verdict is not the one wanted (one `expect` per case would cost more
 * than the hashing); a test asserts the list is empty, so it names every wrong case.
 */
const verdicts = () => {
  const wrong: string[] = [];
  return {
    wrong,
    want: (verdict: boolean, wanted: boolean, what: string) => {
      if (verdict !== wanted) wrong.push(what);
    },
  };
};

describe('Merkle trees of 1 to 64 leaves, exhaustively', () => {
  it('the incremental root equals the recursive tree hash at every size, and the empty tree has the empty root', () => {
    const builder = createTreeBuilder();
    expect(builder.root().equals(EMPTY_ROOT)).toBe(true);
    expect(roots[0]!.equals(EMPTY_ROOT)).toBe(true);
    for (let n = 1; n <= MAX; n++) {
      builder.push(leaves.at(n - 1));
      expect(builder.size).toBe(n);
      expect(builder.root().toString('hex')).toBe(roots[n]!.toString('hex'));
    }
    expect(new Set(roots.map((r) => r.toString('hex'))).size).toBe(MAX + 1);
  });

  it('every leaf of every tree has an audit path that verifies, and any flipped byte, other index or other size fails', () => {
    let checked = 0;
    const { wrong, want } = verdicts();
    for (let n = 1; n <= MAX; n++) {
      for (let i = 0; i < n; i++) {
        const leaf = leaves.at(i);
        const proof = inclusionPath(leaves, i, n);
        want(verifyInclusion(i, n, leaf, proof, roots[n]!), true, `leaf ${i} of ${n}`);
        for (let node = 0; node < proof.length; node++) {
          for (const byte of bytesToFlip(n)) {
            want(
              verifyInclusion(i, n, leaf, flipped(proof, node, byte), roots[n]!),
              false,
              `leaf ${i} of ${n}, node ${node} byte ${byte}`,
            );
          }
        }
        want(verifyInclusion(i, n, flipOne(leaf, i % 32), proof, roots[n]!), false, `leaf ${i} of ${n}, leaf flipped`);
        want(verifyInclusion(i, n, leaf, proof, flipOne(roots[n]!, n % 32)), false, `leaf ${i} of ${n}, root flipped`);
        want(
          verifyInclusion(i, n, leaf, proof.slice(0, -1), roots[n]!),
          n === 1,
          `leaf ${i} of ${n}, last node removed`,
        );
        want(verifyInclusion(i, n, leaf, [...proof, leaf], roots[n]!), false, `leaf ${i} of ${n}, node added`);
        for (let other = 0; other < n; other++) {
          if (other !== i)
            want(verifyInclusion(other, n, leaf, proof, roots[n]!), false, `leaf ${i} of ${n} as leaf ${other}`);
        }
        for (let size = 1; size <= MAX; size++) {
          if (size !== n)
            want(verifyInclusion(i, size, leaf, proof, roots[size]!), false, `leaf ${i} of ${n} in ${size}`);
        }
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe((MAX * (MAX + 1)) / 2);
  });

  it('every pair of sizes m ≤ n has a consistency proof that verifies, and any flipped byte, other size or other root fails', () => {
    let checked = 0;
    const { wrong, want } = verdicts();
    for (let n = 1; n <= MAX; n++) {
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(leaves, m, n);
        want(verifyConsistency(m, n, roots[m]!, roots[n]!, proof), true, `${m} to ${n}`);
        if (m === n) want(proof.length === 0, true, `${m} to ${n} has an empty proof`);
        for (let node = 0; node < proof.length; node++) {
          for (const byte of bytesToFlip(n)) {
            want(
              verifyConsistency(m, n, roots[m]!, roots[n]!, flipped(proof, node, byte)),
              false,
              `${m} to ${n}, node ${node} byte ${byte}`,
            );
          }
        }
        want(
          verifyConsistency(m, n, flipOne(roots[m]!, m % 32), roots[n]!, proof),
          false,
          `${m} to ${n}, first root flipped`,
        );
        want(
          verifyConsistency(m, n, roots[m]!, flipOne(roots[n]!, n % 32), proof),
          false,
          `${m} to ${n}, second root flipped`,
        );
        for (let size = 1; size <= MAX; size++) {
          if (size !== m && size <= n)
            want(verifyConsistency(size, n, roots[size]!, roots[n]!, proof), false, `${m} to ${n} as ${size} to ${n}`);
          if (size !== n && size >= m)
            want(verifyConsistency(m, size, roots[m]!, roots[size]!, proof), false, `${m} to ${n} as ${m} to ${size}`);
        }
        checked += 1;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe((MAX * (MAX + 1)) / 2);
  });

  it('no tree proves a leaf it does not have, nor a consistency from the empty tree or back in time', () => {
    expect(() => inclusionPath(leaves, 3, 3)).toThrow(RangeError);
    expect(() => consistencyProof(leaves, 0, 3)).toThrow(RangeError);
    expect(verifyInclusion(0, 0, leaves.at(0), [], EMPTY_ROOT)).toBe(false);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, roots[5]!, [])).toBe(false);
    expect(verifyConsistency(5, 4, roots[5]!, roots[4]!, [])).toBe(false);
    expect(verifyConsistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])).toBe(true);
  });
});
