import { fc, it } from '@fast-check/vitest';
import canonicalizeModule from 'canonicalize';
import { describe, expect } from 'vitest';
import { canonicalText } from './canonicalText.js';
import { propertyRuns } from './testing/propertyRuns.js';

const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

// Keys and strings over what sorting and escaping must get right: code units on both sides of the
// surrogate range, lone surrogates, quotes, backslashes and control characters.
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({
    unit: fc.constantFrom('a', 'B', '"', '\\', '\n', '\u0001', '\ud800', '\udfff', '€', '\ufb33', '😀'),
    maxLength: 5,
  }),
);
const plainJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constantFrom(0, -0, 1e21, 1e-7, 123456789012345680000, 5e-324),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;
// What validated payloads never hold but a caller may pass: the library's rules decide for these.
const odd = fc.oneof(
  fc.constant({ toJSON: () => ({ b: 1, a: [2] }) }),
  fc.constant(new Date(0)),
  fc.constant([1, undefined, 2]),
  fc.constant({ a: undefined, b: 1 }),
  fc.constant({ nested: { at: Number.NaN } }),
  fc.constant(Object.assign(Object.create(null) as object, { z: 1, a: 2 })),
);

/** What a serialisation gives: its text, or what it throws. */
const outcome = (serialise: () => string | undefined) => {
  try {
    return { text: serialise() };
  } catch (error) {
    return { thrown: String(error) };
  }
};

describe('canonical JSON text', () => {
  it.prop([plainJson], { numRuns: propertyRuns(400) })(
    'of plain JSON is exactly what the canonicalize library (RFC 8785) gives',
    (value) => {
      expect(canonicalText(value, 'the value')).toBe(canonicalize(value));
    },
  );

  it.prop(
    [
      fc.oneof(
        odd,
        plainJson.map((value) => ({ value, odd: new Date(1) })),
      ),
    ],
    { numRuns: propertyRuns(50) },
  )('of anything else is the library’s text too, or the library’s refusal', (value) => {
    expect(outcome(() => canonicalText(value, 'the value'))).toEqual(outcome(() => canonicalize(value)));
  });

  it.each([undefined, () => 1, Symbol('s')])('of a value with no JSON form (%s) is a TypeError naming it', (value) => {
    expect(() => canonicalText(value, 'the payload of e-1')).toThrow(
      new TypeError('the payload of e-1 cannot be serialised to canonical JSON'),
    );
  });
});
