import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { digestOf } from './hashChain.js';

/** JSON text with every object's keys sorted: equal for values equal as JSON. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_, v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

describe('digestOf', () => {
  it('is the SHA-256 of the RFC 8785 canonical JSON', () => {
    // sha256('{"a":1,"b":[true,null,"x"]}')
    expect(digestOf({ b: [true, null, 'x'], a: 1 })).toBe(
      'eca8cfb31ab74533e1eb2f4c74d2d55dfe3c79ac704787e54be8647ea7777eb1',
    );
  });

  it.prop([fc.jsonValue()])('gives the same digest whatever the key order of the same JSON value', (value) => {
    const reordered = JSON.parse(JSON.stringify(value), (_, v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse())
        : v,
    );
    expect(digestOf(reordered)).toBe(digestOf(value));
  });

  it.prop([fc.jsonValue(), fc.jsonValue()])('gives different digests for different JSON values', (x, y) => {
    fc.pre(sortedJson(x) !== sortedJson(y));
    expect(digestOf(x)).not.toBe(digestOf(y));
  });

  it('refuses a value with no JSON form, naming it', () => {
    expect(() => digestOf(() => 1, 'the pack')).toThrow('the pack cannot be serialised to canonical JSON');
  });
});
