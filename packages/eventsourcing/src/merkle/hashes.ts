import crypto from 'node:crypto';

/**
 * The hashes of RFC 9162 §2.1.1 with SHA-256: a leaf is hashed behind the prefix 0x00 and an inner
 * node behind 0x01, so no leaf can pass for a node (second-preimage resistance of the tree).
 */

/** A SHA-256 digest: 32 bytes. */
export type Digest = Buffer;

/** The length of a SHA-256 digest, in bytes. */
export const DIGEST_LENGTH = 32;

// The one-shot `crypto.hash` (Node ≥ 20.12) costs about half of a Hash object per node; older Nodes
// use createHash. Inputs are assembled in a scratch buffer: hashing is synchronous, so it is never shared.
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;
const sha256: (data: Uint8Array) => Digest =
  typeof oneShot === 'function'
    ? (data) => oneShot('sha256', data, 'buffer')
    : (data) => crypto.createHash('sha256').update(data).digest();

/** The Merkle tree hash of the empty list: SHA-256 of no bytes. */
export const EMPTY_ROOT: Digest = sha256(new Uint8Array(0));

const node = Buffer.alloc(1 + 2 * DIGEST_LENGTH);

/** SHA-256(0x00 ‖ data): the hash of one leaf. */
export const leafHashOf = (data: Uint8Array): Digest => {
  const input = Buffer.allocUnsafe(1 + data.length);
  input[0] = 0x00;
  input.set(data, 1);
  return sha256(input);
};

/** SHA-256(0x01 ‖ left ‖ right): the hash of an inner node. */
export const nodeHashOf = (left: Uint8Array, right: Uint8Array): Digest => {
  if (left.length !== DIGEST_LENGTH || right.length !== DIGEST_LENGTH) {
    return sha256(Buffer.concat([Buffer.from([0x01]), left, right]));
  }
  node[0] = 0x01;
  node.set(left, 1);
  node.set(right, 1 + DIGEST_LENGTH);
  return sha256(node);
};

const HEX_DIGEST = /^[0-9a-f]{64}$/;

/**
 * The leaf of an event in its tenant's log: SHA-256(0x00 ‖ the 32 bytes of the event's hash). A
 * stored hash that is not 64 lower-case hex digits (a tampered row) is taken as its UTF-8 bytes, so
 * it still gives a leaf of its own rather than one shared with another value.
 */
export const eventLeafHash = (eventHash: string): Digest =>
  leafHashOf(HEX_DIGEST.test(eventHash) ? Buffer.from(eventHash, 'hex') : Buffer.from(eventHash, 'utf8'));
