import crypto from 'node:crypto';
import { canonicalText as canonicalize, jsonScalar as json } from './canonicalText.js';
import type { Actor, EventMetadata } from './envelope.js';
import type { PersonalFields } from './privacy/personalFields.js';
import { valueAt, withValuesAt } from './privacy/pointer.js';
import { memoisedForFrozen } from './sealedMetadata.js';

/** What the first event of every stream chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers: the whole envelope but the global position (a store-assigned offset). */
export interface HashedFields {
  readonly eventId: string;
  readonly tenantId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly prevHash: string;
  /**
   * The event's personal fields, if it has any: not hashed themselves, but the hash covers the
   * payload with each of their values replaced by `{"$personal": digest}` (see `hashedData`).
   */
  readonly personal?: PersonalFields;
}

const countKeys = (value: object): number => {
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key)) count += 1;
  return count;
};

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The canonical JSON of metadata of exactly the envelope's shape (six strings and an actor of two),
 * written out in RFC 8785 key order. Any other shape — an extra, missing or non-string field, as a
 * tampered store might hold — returns `undefined`, and the library serialises it as it is.
 */
const exactMetadataText = (m: EventMetadata): string | undefined => {
  const actor = m.actor as Actor | undefined;
  if (
    typeof m !== 'object' ||
    m === null ||
    countKeys(m) !== 6 ||
    typeof actor !== 'object' ||
    actor === null ||
    countKeys(actor) !== 2 ||
    !isText(actor.id) ||
    !isText(actor.role) ||
    !isText(m.causationId) ||
    !isText(m.commandId) ||
    !isText(m.correlationId) ||
    !isText(m.occurredAt) ||
    !isText(m.recordedAt)
  ) {
    return undefined;
  }
  return `{"actor":{"id":${json(actor.id)},"role":${json(actor.role)}},"causationId":${json(m.causationId)},"commandId":${json(m.commandId)},"correlationId":${json(m.correlationId)},"occurredAt":${json(m.occurredAt)},"recordedAt":${json(m.recordedAt)}}`;
};

// Sealed metadata is frozen and shared by an append's events: its text is written out once. A
// shape other than the envelope's is remembered as '' (no exact text), which reads as `undefined`.
const exactMetadataTexts = new WeakMap<EventMetadata, string>();
const memoisedExactText = memoisedForFrozen(exactMetadataTexts, (m) => exactMetadataText(m) ?? '');
const exactMetadataJson = (m: EventMetadata): string | undefined => memoisedExactText(m) || undefined;

/**
 * The payload as the hash covers it: as stored for an event without personal fields (every event
 * written before this format, so their hashes stay valid); otherwise with the value at each
 * personal field's pointer replaced by `{"$personal": digest}`, so that erasing the value (the
 * digest stays) changes nothing the hash covers.
 */
export const hashedData = (fields: Pick<HashedFields, 'data' | 'personal'>): unknown => {
  const personal = fields.personal;
  if (personal === undefined) return fields.data;
  const replacements = new Map<string, unknown>();
  for (const pointer in personal) replacements.set(pointer, { $personal: personal[pointer]!.digest });
  return withValuesAt(fields.data, replacements);
};

/**
 * The payload as the hash covers it, with each personal field's digest computed again from the
 * value and salt still held (the recorded digest only where the value was erased): the facts an
 * event states, for digests over them that must hold through an erasure — a frozen input pack's —
 * and still change when a personal value is edited but its recorded digest is not.
 */
export const hashedDataRecomputed = (fields: Pick<HashedFields, 'data' | 'personal'>): unknown => {
  const personal = fields.personal;
  if (personal === undefined) return fields.data;
  const replacements = new Map<string, unknown>();
  for (const pointer in personal) {
    const field = personal[pointer]!;
    const digest = 'salt' in field ? saltedDigestOf(field.salt, valueAt(fields.data, pointer)) : field.digest;
    replacements.set(pointer, { $personal: digest });
  }
  return withValuesAt(fields.data, replacements);
};

const hashedObject = (fields: HashedFields) => ({
  eventId: fields.eventId,
  tenantId: fields.tenantId,
  streamId: fields.streamId,
  streamVersion: fields.streamVersion,
  type: fields.type,
  schemaVersion: fields.schemaVersion,
  data: hashedData(fields),
  metadata: fields.metadata,
  prevHash: fields.prevHash,
});

/**
 * RFC 8785 canonical JSON of exactly the hashed fields (extra properties are ignored). The payload
 * is serialised by the library; the envelope around it has a fixed shape, so when every envelope
 * field has that shape (strings, finite numbers, metadata of exactly its fields) it is written out
 * in RFC 8785 key order — the same text the library gives, which `hashChain.canonical.test.ts`
 * checks — and otherwise the whole object goes through the library.
 */
export const canonicalJson = (fields: HashedFields): string => {
  const metadata = exactMetadataJson(fields.metadata);
  if (
    metadata === undefined ||
    !isText(fields.eventId) ||
    !isText(fields.tenantId) ||
    !isText(fields.streamId) ||
    !isText(fields.type) ||
    !isText(fields.prevHash) ||
    !Number.isFinite(fields.streamVersion) ||
    !Number.isFinite(fields.schemaVersion)
  ) {
    return canonicalize(hashedObject(fields), `event ${fields.eventId}`);
  }
  const data = canonicalize(
    fields.personal === undefined ? fields.data : hashedData(fields),
    `event ${fields.eventId}`,
  );
  return `{"data":${data},"eventId":${json(fields.eventId)},"metadata":${metadata},"prevHash":${json(fields.prevHash)},"schemaVersion":${json(fields.schemaVersion)},"streamId":${json(fields.streamId)},"streamVersion":${json(fields.streamVersion)},"tenantId":${json(fields.tenantId)},"type":${json(fields.type)}}`;
};

// The one-shot `crypto.hash` (Node ≥ 20.12) avoids a Hash object per event; older Nodes use createHash.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256Hex: (text: string) => string =
  typeof oneShot === 'function'
    ? (text) => oneShot('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 (hex) of the canonical JSON (as UTF-8) of the hashed fields. */
export const hashOf = (fields: HashedFields): string => sha256Hex(canonicalJson(fields));

/**
 * SHA-256 (hex) of the RFC 8785 canonical JSON of any JSON value: the same canonical form and hash
 * the chain uses, for digests of content that is recorded and later recomputed (a frozen input
 * pack). Two values with the same JSON form, whatever their key order, have the same digest.
 * Throws a `TypeError` on a value with no JSON form.
 */
export const digestOf = (value: unknown, what = 'the value'): string => sha256Hex(canonicalize(value, what));

/**
 * The digest of a personal value: SHA-256 (hex) of the salt (hex) followed by the value's RFC 8785
 * canonical JSON. With 32 random bytes of salt, a short value cannot be found from its digest by
 * trying candidates; once the salt is erased, nobody can recompute it.
 */
export const saltedDigestOf = (salt: string, value: unknown): string =>
  sha256Hex(`${salt}${canonicalize(value, 'a personal value')}`);
