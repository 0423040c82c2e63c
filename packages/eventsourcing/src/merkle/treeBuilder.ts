import { type Digest, EMPTY_ROOT, nodeHashOf } from './hashes.js';

/**
 * The root of a growing tree, fed one leaf hash at a time, in O(log n) memory: the stack of the
 * complete subtrees the leaves so far form (one per bit set in the size, largest first). Adding a
 * leaf merges the equal-sized subtrees on top, as a binary counter carries; the root folds the stack
 * from the right, which is exactly RFC 9162's MTH of the leaves so far (its left subtree is always
 * the largest complete one). Streams a million events without holding their hashes.
 */
export const createTreeBuilder = () => {
  const stack: Digest[] = [];
  let size = 0;
  return {
    /** How many leaves were added. */
    get size(): number {
      return size;
    },
    /** Adds the next leaf hash. */
    push(leaf: Digest): void {
      let node = leaf;
      // A bit set at the bottom of `size` is a complete subtree of that size on the stack: merge.
      for (let carry = size; carry % 2 === 1; carry = (carry - 1) / 2) node = nodeHashOf(stack.pop()!, node);
      stack.push(node);
      size += 1;
    },
    /** MTH of the leaves added so far; the empty tree's root when none were. */
    root(): Digest {
      if (stack.length === 0) return EMPTY_ROOT;
      let root = stack[stack.length - 1]!;
      for (let i = stack.length - 2; i >= 0; i--) root = nodeHashOf(stack[i]!, root);
      return root;
    },
  };
};

/** A tree fed one leaf at a time (`createTreeBuilder`). */
export type TreeBuilder = ReturnType<typeof createTreeBuilder>;
