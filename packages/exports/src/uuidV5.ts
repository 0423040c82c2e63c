import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs, version 5 (RFC 9562 §5.5: SHA-1 over the namespace's 16 bytes and the name's
 * UTF-8 bytes). Written here, over node:crypto, rather than taken from a package: it is a dozen
 * lines, and the exports need nothing else of a UUID library.
 */

const HEX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The URL namespace of RFC 9562 (Appendix A of RFC 4122). */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The version-5 UUID of `name` in `namespace`: the same inputs give the same UUID, always. */
export const uuidV5 = (namespace: string, name: string): string => {
  if (!HEX_UUID.test(namespace)) throw new TypeError(`uuidV5: namespace ${namespace} is not a UUID`);
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10 (RFC 9562)
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
