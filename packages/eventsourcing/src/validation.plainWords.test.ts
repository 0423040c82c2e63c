import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { formatValidationErrors } from './validation.js';

const messagesOf = (codec: t.Mixed, value: unknown): string[] => {
  const result = codec.decode(value);
  return isLeft(result) ? formatValidationErrors(result.left).map((p) => p.message) : [];
};

describe('validation messages', () => {
  it('say what is expected in plain words, and what was given', () => {
    expect(messagesOf(t.type({ a: t.string }), { a: 1 })).toEqual(['expected text, got 1']);
    expect(messagesOf(t.type({ a: t.number }), {})).toEqual(['expected a number, got nothing']);
    expect(messagesOf(t.boolean, 'yes')).toEqual(['expected true or false, got "yes"']);
    expect(messagesOf(t.array(t.string), 'a')).toEqual(['expected a list, got "a"']);
    expect(messagesOf(t.exact(t.type({ a: t.string })), 'a')).toEqual(['expected an object, got "a"']);
    expect(messagesOf(t.UnknownRecord, undefined)).toEqual(['expected an object, got nothing']);
    expect(messagesOf(t.keyof({ low: null, high: null }), 'mid')).toEqual([
      "expected one of 'low', 'high', got \"mid\"",
    ]);
    expect(messagesOf(t.literal('a'), 'b')).toEqual(['expected \'a\', got "b"']);
    expect(messagesOf(t.Int, 1.5)).toEqual(['expected a valid Int, got 1.5']);
    expect(messagesOf(t.Int, 'one')).toEqual(['expected a number, got "one"']);
  });

  it('name what a union accepts once, not once per member', () => {
    expect(messagesOf(t.union([t.literal('a'), t.literal('b')]), 'c')).toEqual(["expected one of 'a', 'b', got \"c\""]);
    expect(messagesOf(t.type({ v: t.union([t.string, t.null]) }), { v: 3 })).toEqual(['expected text or null, got 3']);
    expect(messagesOf(t.union([t.type({ a: t.string }), t.array(t.string)]), 5)).toEqual([
      'expected an object or a list, got 5',
    ]);
  });

  it('keep a codec’s own message', () => {
    const even = new t.Type<number, number, unknown>(
      'Even',
      (u): u is number => typeof u === 'number' && u % 2 === 0,
      (u, c) => (typeof u === 'number' && u % 2 === 0 ? t.success(u) : t.failure(u, c, 'expected an even number')),
      t.identity,
    );
    expect(messagesOf(t.type({ n: even }), { n: 3 })).toEqual(['expected an even number']);
  });

  it('never show an io-ts type name', () => {
    const codec = t.type({
      a: t.exact(t.type({ b: t.string })),
      c: t.array(t.type({ d: t.number })),
      e: t.union([t.literal('x'), t.type({ f: t.string })]),
      g: t.intersection([t.type({ h: t.string }), t.partial({ i: t.string })]),
      j: t.record(t.string, t.number),
      k: t.UnknownRecord,
    });
    for (const value of [undefined, 1, 'x', [], {}, { a: 1, c: 'x', e: 2, g: [], j: 'x', k: 1 }]) {
      for (const message of messagesOf(codec, value)) {
        expect(message).not.toMatch(/UnknownRecord|Array<|\{ |\(|\|/);
      }
    }
  });
});
