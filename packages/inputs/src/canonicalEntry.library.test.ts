import { fc, it } from '@fast-check/vitest';
import { digestOf } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import canonicalizeModule from 'canonicalize';
import { describe, expect } from 'vitest';
import { canonicalText, entriesDigest } from './canonicalEntry.js';

const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;
const runs = { numRuns: propertyRuns(100) };

// Any code point, plus what must be escaped: quotes, backslashes, control characters, lone surrogates.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', '\ud800', '\udfff', '€', 'é'), maxLength: 6 }),
);
const json = fc.jsonValue({ maxDepth: 4 });
const keyed = fc.dictionary(text, fc.oneof(json, fc.constant(undefined)));

describe('the canonical JSON of the events a part rests on', () => {
  it.prop([fc.oneof(json, keyed, fc.array(fc.oneof(json, fc.constant(undefined))))], runs)(
    'is the text the RFC 8785 library gives, for any JSON value',
    (value) => {
      expect(canonicalText(value, 'the value')).toBe(canonicalize(value));
    },
  );

  it.prop([fc.array(fc.record({ eventId: fc.uuid(), type: text, data: json }), { maxLength: 5 })], runs)(
    "gives the kernel's digest of the list of entries",
    (events) => {
      const asEvents = events as unknown as Parameters<typeof entriesDigest>[0];
      expect(entriesDigest(asEvents)).toBe(
        digestOf(events.map((e) => ({ eventId: e.eventId, type: e.type, data: e.data }))),
      );
    },
  );

  it('refuses what has no JSON form, naming it', () => {
    expect(() => canonicalText({ figure: Number.NaN }, 'the figure')).toThrow('the figure cannot be serialised');
    expect(() => canonicalText({ figure: 1n }, 'the figure')).toThrow('the figure cannot be serialised');
  });
});
