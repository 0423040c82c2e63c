import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { formatValidationErrors } from './validation.js';

const pathsOf = (codec: t.Mixed, value: unknown): string[] => {
  const result = codec.decode(value);
  return isLeft(result) ? formatValidationErrors(result.left).map((p) => p.path) : [];
};

describe('field paths of validation errors', () => {
  it('name the field, not the branch, inside an exact intersection', () => {
    const codec = t.exact(t.intersection([t.type({ dueDate: t.string }), t.partial({ note: t.string })]));
    expect(pathsOf(codec, { dueDate: 1, note: 2 })).toEqual(['dueDate', 'note']);
  });

  it('keep array indexes and nested fields', () => {
    const codec = t.type({ attendees: t.array(t.type({ role: t.string })) });
    expect(pathsOf(codec, { attendees: [{ role: 'x' }, { role: 3 }] })).toEqual(['attendees.1.role']);
  });

  it('name the field inside a union member', () => {
    const codec = t.union([t.type({ kind: t.literal('a'), at: t.string }), t.type({ kind: t.literal('b') })]);
    expect(pathsOf(codec, { kind: 'a', at: 5 })).toContain('at');
  });
});
