import { createHash } from 'node:crypto';
import { fc, it } from '@fast-check/vitest';
import canonicalizeModule from 'canonicalize';
import { describe, expect } from 'vitest';
import type { EventMetadata } from './envelope.js';
import { canonicalJson, type HashedFields, hashOf } from './hashChain.js';

const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

// Any code point, plus what must be escaped: quotes, backslashes, control characters, lone surrogates.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', '\u001f', '\ud800', '\udfff', '€'), maxLength: 6 }),
);
const exactMetadata = fc.record({
  actor: fc.record({ id: text, role: text }),
  occurredAt: text,
  recordedAt: text,
  commandId: text,
  correlationId: text,
  causationId: text,
});
// What a tampered or foreign store might hold: extra, missing or mistyped fields.
const oddMetadata = fc.oneof(
  exactMetadata.map((m) => ({ ...m, extra: 'field' })),
  exactMetadata.map(({ causationId: _, ...m }) => m),
  exactMetadata.map((m) => ({ ...m, actor: { ...m.actor, email: 'a@b.c' } })),
  exactMetadata.map((m) => ({ ...m, commandId: 42 })),
);
const fields = fc.record({
  eventId: fc.oneof(text, fc.integer()),
  tenantId: text,
  streamId: text,
  streamVersion: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()),
  type: text,
  schemaVersion: fc.integer({ min: 1, max: 5 }),
  data: fc.jsonValue(),
  metadata: fc.oneof(exactMetadata, oddMetadata),
  prevHash: text,
});

describe('the canonical JSON a hash covers', () => {
  it.prop([fields], { numRuns: 300 })(
    'is exactly what RFC 8785 (the canonicalize library) gives for the hashed fields',
    (f) => {
      const { eventId, tenantId, streamId, streamVersion, type, schemaVersion, data, metadata, prevHash } = f;
      expect(canonicalJson(f as unknown as HashedFields & { metadata: EventMetadata })).toBe(
        canonicalize({ eventId, tenantId, streamId, streamVersion, type, schemaVersion, data, metadata, prevHash }),
      );
    },
  );

  it.prop([fields], { numRuns: 100 })('is hashed as its UTF-8 bytes with SHA-256', (f) => {
    const hashed = f as unknown as HashedFields;
    expect(hashOf(hashed)).toBe(createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex'));
  });
});
