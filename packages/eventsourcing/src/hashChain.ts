import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import type { EventMetadata } from './envelope.js';

// The package is CommonJS (`module.exports = serialize`) but types itself as an ES default export;
// under NodeNext the default import is the function at run time and the namespace to the compiler.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

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
}

/** RFC 8785 canonical JSON of exactly the hashed fields (extra properties are ignored). */
export const canonicalJson = (fields: HashedFields): string => {
  const text = canonicalize({
    eventId: fields.eventId,
    tenantId: fields.tenantId,
    streamId: fields.streamId,
    streamVersion: fields.streamVersion,
    type: fields.type,
    schemaVersion: fields.schemaVersion,
    data: fields.data,
    metadata: fields.metadata,
    prevHash: fields.prevHash,
  });
  if (text === undefined) throw new TypeError(`event ${fields.eventId} cannot be serialised to canonical JSON`);
  return text;
};

/** SHA-256 (hex) of the canonical JSON of the hashed fields. */
export const hashOf = (fields: HashedFields): string =>
  createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
