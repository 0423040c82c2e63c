import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { type InvalidInput, invalidInput } from '../errors.js';
import { decodeStrict } from '../strictFields.js';

/**
 * A tree head of one tenant's Merkle log: the root of the tree over the tenant's first `size`
 * events in global order. Kept outside the store (in approved minutes, in the host's database),
 * it lets `checkAnchor` prove that nothing at or before it was since deleted, altered or reordered.
 * Plain JSON, so a host stores and compares it without this library.
 */
export interface Anchor {
  /** The tenant whose history it covers. */
  readonly tenant: string;
  /** How many events it covers: the first `size` of the tenant's history. */
  readonly size: number;
  /** The RFC 9162 Merkle tree hash of their leaves: 64 lower-case hex digits. */
  readonly root: string;
  /** The global position of the last event covered, in decimal (`"0"` when it covers none). */
  readonly position: string;
  /** When the head was taken (ISO-8601 UTC). */
  readonly at: string;
}

const HexRoot = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), '64 lower-case hex digits');
const Size = t.refinement(t.number, (n) => Number.isSafeInteger(n) && n >= 0, 'a whole number ≥ 0');
const Position = t.refinement(t.string, (s) => /^(0|[1-9][0-9]*)$/.test(s), 'a global position in decimal');
const Instant = t.refinement(
  t.string,
  (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
  'an ISO-8601 UTC timestamp',
);
const Tenant = t.refinement(t.string, (s) => s.length > 0, 'a tenant id');

/** The io-ts codec of an anchor's fields (`decodeAnchor` also refuses fields it does not know). */
export const anchorCodec: t.Type<Anchor, Anchor, unknown> = t.type(
  { tenant: Tenant, size: Size, root: HexRoot, position: Position, at: Instant },
  'Anchor',
);

/** Decodes an anchor strictly: every field of its shape, none other; the problems name each field path. */
export const decodeAnchor = (value: unknown, path = ''): Either<InvalidInput, Anchor> => {
  const decoded = decodeStrict(anchorCodec, value, path);
  if (isLeft(decoded)) return left(invalidInput(decoded.left));
  const { tenant, size, root, position, at } = decoded.right;
  if (size === 0 && position !== '0') {
    return left(
      invalidInput([
        { path: path === '' ? 'position' : `${path}.position`, message: 'an anchor of no events is at position 0' },
      ]),
    );
  }
  return right({ tenant, size, root, position, at });
};
