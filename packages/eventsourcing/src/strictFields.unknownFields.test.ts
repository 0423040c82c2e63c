import { fc, it } from '@fast-check/vitest';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect } from 'vitest';
import { fieldTreeOf, UnsupportedCodec } from './fieldTree.js';
import { decodeStrict, unknownFields } from './strictFields.js';

const person = t.exact(t.type({ id: t.string, role: t.string }));
const task = t.exact(
  t.intersection([
    t.type({ title: t.string, owner: person, dueDate: t.string }),
    t.partial({ description: t.string, tags: t.array(t.string) }),
  ]),
);
const meeting = t.type({ attendees: t.readonlyArray(person), notes: t.record(t.string, person) });

const problemsOf = (codec: t.Mixed, value: unknown) => {
  const decoded = decodeStrict(codec, value);
  return isLeft(decoded) ? decoded.left : [];
};

describe('unknown fields of a command input', () => {
  it('are refused with the known field a misspelling most likely meant', () => {
    const value = { title: 'x', owner: { id: 'u', role: 'r' }, dueDate: '2026-01-01', descripton: 'typo' };
    expect(problemsOf(task, value)).toEqual([
      { path: 'descripton', message: 'unknown field — did you mean description?' },
    ]);
  });

  it('are refused at any depth: in nested objects, lists of objects and records', () => {
    expect(unknownFields(task, { owner: { id: 'u', rol: 'r' } })).toEqual([
      { path: 'owner.rol', message: 'unknown field — did you mean role?' },
    ]);
    expect(
      unknownFields(meeting, {
        attendees: [
          { id: 'a', role: 'r' },
          { id: 'b', roel: 'r' },
        ],
        notes: { anything: { id: 'c', role: 'r', Id: 'd' } },
      }),
    ).toEqual([
      { path: 'attendees.1.roel', message: 'unknown field — did you mean role?' },
      { path: 'notes.anything.Id', message: 'unknown field' },
    ]);
  });

  it('say nothing of a known field when none is near the unknown one', () => {
    expect(unknownFields(person, { id: 'u', role: 'r', colour: 'blue' })).toEqual([
      { path: 'colour', message: 'unknown field' },
    ]);
  });

  it('are named together with a missing required field they were meant to be', () => {
    expect(problemsOf(task, { title: 'x', owner: { id: 'u', role: 'r' }, dueDat: '2026-01-01' })).toEqual([
      { path: 'dueDat', message: 'unknown field — did you mean dueDate?' },
      { path: 'dueDate', message: 'expected text, got nothing' },
    ]);
  });

  it('include __proto__, constructor and prototype, which never reach an object prototype', () => {
    const value = JSON.parse(
      '{"id":"u","role":"r","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{}}',
    ) as unknown;
    expect(problemsOf(person, value).map((p) => p.path)).toEqual(['__proto__', 'constructor', 'prototype']);
    // An object whose prototype was replaced on the way (what `Object.assign` does with such a key).
    const assigned = Object.assign({}, value);
    expect(problemsOf(person, assigned).map((p) => p.path)).toContain('__proto__');
    const record = JSON.parse('{"attendees":[],"notes":{"__proto__":{"id":"x","role":"y"}}}') as unknown;
    expect(problemsOf(meeting, record)).toEqual([{ path: 'notes.__proto__', message: 'unknown field' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('are looked up in the member of a union the value is meant for', () => {
    const shape = t.union([
      t.type({ kind: t.literal('circle'), radius: t.number }),
      t.type({ kind: t.literal('square'), side: t.number }),
    ]);
    expect(problemsOf(shape, { kind: 'square', side: 2 })).toEqual([]);
    expect(unknownFields(shape, { kind: 'square', sied: 2, side: 2 })).toEqual([
      { path: 'sied', message: 'unknown field' },
    ]);
    expect(unknownFields(t.union([t.null, person]), { id: 'u', role: 'r', extra: 1 })).toEqual([
      { path: 'extra', message: 'unknown field' },
    ]);
  });

  it('are checked through refinements, brands and records over fixed keys', () => {
    const branded = t.brand(
      person,
      (p): p is t.Branded<typeof p, { readonly Staff: unique symbol }> => p.id !== '',
      'Staff',
    );
    expect(unknownFields(branded, { id: 'u', role: 'r', idd: 1 })).toEqual([{ path: 'idd', message: 'unknown field' }]);
    const levels = t.record(t.keyof({ low: null, high: null }), t.number);
    expect(unknownFields(levels, { low: 1, high: 2, hihg: 3 })).toEqual([{ path: 'hihg', message: 'unknown field' }]);
  });

  it.prop([
    fc.uniqueArray(fc.constantFrom('alpha', 'beta', 'gamma', 'delta'), { minLength: 1 }),
    fc.string({ minLength: 1, maxLength: 8 }),
  ])('an input with a field its codec does not know is never accepted', (fields, extra) => {
    fc.pre(!(fields as readonly string[]).includes(extra));
    const codec = t.exact(t.type(Object.fromEntries(fields.map((f) => [f, t.string]))));
    const value = { ...Object.fromEntries(fields.map((f) => [f, 'v'])), [extra]: 'v' };
    const decoded = decodeStrict(codec, JSON.parse(JSON.stringify(value)));
    expect(isLeft(decoded) && decoded.left.map((p) => p.path)).toEqual([extra]);
    delete (value as Record<string, unknown>)[extra];
    expect(isRight(decodeStrict(codec, value))).toBe(true);
  });
});

describe('the field tree of a codec', () => {
  it('is built once per codec and kept', () => {
    expect(fieldTreeOf(task)).toBe(fieldTreeOf(task));
  });

  it('shows required and optional fields apart', () => {
    const tree = fieldTreeOf(task);
    expect(tree.kind === 'object' && [...tree.fields].map(([name, f]) => [name, f.required])).toEqual([
      ['title', true],
      ['owner', true],
      ['dueDate', true],
      ['description', false],
      ['tags', false],
    ]);
  });

  it('reads a custom codec that shows its required and optional fields', () => {
    const custom = Object.assign(new t.Type('Custom', t.UnknownRecord.is, t.UnknownRecord.validate, t.identity), {
      required: { a: t.string },
      optional: { b: t.number },
    });
    expect(unknownFields(custom, { a: 'x', c: 1 })).toEqual([{ path: 'c', message: 'unknown field' }]);
  });

  it('fails clearly, naming the codec and its kind, for a kind it does not know', () => {
    const tuple = t.tuple([t.string, t.number]);
    const opaque = new t.Type('Opaque', t.UnknownRecord.is, t.UnknownRecord.validate, t.identity);
    const recursive: t.Mixed = t.recursion('Tree', () => t.type({ children: t.array(recursive) }));
    expect(() => fieldTreeOf(t.type({ pair: tuple }))).toThrow(UnsupportedCodec);
    expect(() => fieldTreeOf(tuple)).toThrow(/codec \[string, number\] \(TupleType\)/);
    expect(() => fieldTreeOf(opaque)).toThrow(/codec Opaque \(custom\): a custom codec must show its fields/);
    expect(() => fieldTreeOf(recursive)).toThrow(/codec Tree \(RecursiveType\)/);
    expect(() => fieldTreeOf(t.intersection([person, t.string]))).toThrow(/member string is not an object/);
  });
});
