import { randomBytes } from 'node:crypto';
import type { Actor } from '../envelope.js';
import { saltedDigestOf } from '../hashChain.js';
import { personalPointersIn, valueAt } from './pointer.js';

/** A personal field as written: its salt (32 random bytes, hex) and the digest the hash covers. */
export interface SealedField {
  readonly salt: string;
  /** SHA-256 (hex) of the salt's hex followed by the canonical JSON of the value. */
  readonly digest: string;
}

/** Who erased a field, when, why and on which legal basis, and the event that records it. */
export interface ErasureNote {
  readonly erasureEventId: string;
  /** When the value was removed (ISO-8601, the store's clock). */
  readonly erasedAt: string;
  readonly by: Actor;
  readonly reason: string;
  readonly basis: string;
}

/** A personal field after erasure: the digest stays (the hash covers it), the salt and value are gone. */
export interface ErasedField {
  readonly digest: string;
  readonly erased: ErasureNote;
}

export type PersonalField = SealedField | ErasedField;

/**
 * The personal fields of a stored event, by the RFC 6901 JSON Pointer of their place in the
 * payload (`/feedbackItems/2/text`). Not covered by the hash (the hash covers each digest in place
 * of its value); an event without personal values has none.
 */
export type PersonalFields = Readonly<Record<string, PersonalField>>;

export const isErased = (field: PersonalField): field is ErasedField => 'erased' in field;

/**
 * The text an erased field holds in the payload: `[erased 2026-03-01: GDPR art. 17(1)(a)]`. A
 * string, so every reader of the field keeps working; it says when and why, never what.
 */
export const erasedPlaceholder = (erasure: { readonly erasedAt: string; readonly basis: string }): string =>
  `[erased ${erasure.erasedAt.slice(0, 10)}: ${erasure.basis}]`;

/** The placeholders an event's erased fields hold, or `undefined` when it has none. */
export const placeholdersOf = (personal: PersonalFields): ReadonlySet<string> | undefined => {
  let found: Set<string> | undefined;
  for (const pointer in personal) {
    const field = personal[pointer]!;
    if (!isErased(field)) continue;
    found ??= new Set();
    found.add(erasedPlaceholder(field.erased));
  }
  return found;
};

/** The salt of a new personal value: 32 random bytes, hex. */
export const newSalt = (): string => randomBytes(32).toString('hex');

/**
 * The personal fields of a new payload, each with a fresh salt and its digest, or `undefined` when
 * the payload holds no personal value (then the event hashes exactly as before this format).
 */
export const sealPersonalFields = (patterns: readonly string[], data: unknown): PersonalFields | undefined => {
  if (patterns.length === 0) return undefined;
  const pointers = personalPointersIn(patterns, data);
  if (pointers.length === 0) return undefined;
  const fields: Record<string, SealedField> = {};
  for (const pointer of pointers) {
    const salt = newSalt();
    fields[pointer] = { salt, digest: saltedDigestOf(salt, valueAt(data, pointer)) };
  }
  return fields;
};
