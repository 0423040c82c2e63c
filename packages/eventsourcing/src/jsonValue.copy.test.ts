import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toJsonValue } from './jsonValue.js';

const roundTrip = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

const odd = fc.oneof(
  fc.constant(undefined),
  fc.constant(Number.NaN),
  fc.constant(-0),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.date({ noInvalidDate: true }),
  fc.constant({ toJSON: () => 'custom' }),
  fc.constant(Object.create(null) as object),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as object),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    odd,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('the JSON form of a payload', () => {
  it.prop([values], { numRuns: 300 })('is what a JSON round trip gives', (value) => {
    expect(toJsonValue(value)).toStrictEqual(roundTrip(value));
  });

  it('never shares objects with the value it was made from', () => {
    const data = { list: [{ a: 1 }], nested: { b: 'x' } };
    const copy = toJsonValue(data) as typeof data;
    data.list[0]!.a = 2;
    data.nested.b = 'y';
    expect(copy).toStrictEqual({ list: [{ a: 1 }], nested: { b: 'x' } });
  });
});
