import { DIGEST_LENGTH, type Digest } from './hashes.js';
import type { Leaves } from './treeHash.js';

/**
 * Leaf hashes packed in one growing buffer (32 bytes a leaf: 32 MB for a million events), for
 * proofs, which need every leaf of the tree. `at` returns a view, not a copy.
 */
export const createLeafLog = (): Leaves & { push(leaf: Digest): void } => {
  let bytes = Buffer.allocUnsafe(DIGEST_LENGTH * 1024);
  let size = 0;
  return {
    get size() {
      return size;
    },
    push(leaf) {
      if ((size + 1) * DIGEST_LENGTH > bytes.length) {
        const grown = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(grown, 0, 0, size * DIGEST_LENGTH);
        bytes = grown;
      }
      leaf.copy(bytes, size * DIGEST_LENGTH);
      size += 1;
    },
    at(index) {
      return bytes.subarray(index * DIGEST_LENGTH, (index + 1) * DIGEST_LENGTH);
    },
  };
};
