import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, NoJsonSchema } from './jsonSchema.js';
import { structWith } from './structWith.js';

const Day = t.refinement(t.string, (s) => /^\d{4}-\d{2}-\d{2}$/.test(s), 'Day');
const refinement = (name: string, base: Record<string, unknown>) =>
  name === 'Day' ? { ...base, pattern: '^\\d{4}-\\d{2}-\\d{2}$' } : undefined;

describe('the JSON Schema of a codec', () => {
  it('closes every object and lists its required fields, however the object is declared', () => {
    const person = t.exact(t.type({ id: t.string, role: t.string }));
    const task = t.exact(
      t.intersection([t.type({ title: t.string, owner: person }), t.partial({ tags: t.array(t.string) })]),
    );
    expect(jsonSchemaOf(task)).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        owner: {
          type: 'object',
          properties: { id: { type: 'string' }, role: { type: 'string' } },
          required: ['id', 'role'],
          additionalProperties: false,
        },
        tags: { type: 'array', items: { type: 'string' } },
      },
      required: ['title', 'owner'],
      additionalProperties: false,
    });
  });

  it('reads the required and optional fields a structWith shows', () => {
    const codec = structWith({ at: Day }, { note: t.string, kind: t.keyof({ a: null, b: null }) });
    expect(jsonSchemaOf(codec, { refinement })).toEqual({
      type: 'object',
      properties: {
        at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        note: { type: 'string' },
        kind: { type: 'string', enum: ['a', 'b'] },
      },
      required: ['at'],
      additionalProperties: false,
    });
  });

  it('describes unions, literals, null, numbers, booleans and records over any text', () => {
    const codec = t.union([t.literal('none'), t.null, t.record(t.string, t.union([t.number, t.boolean]))]);
    expect(jsonSchemaOf(codec)).toEqual({
      anyOf: [
        { const: 'none' },
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: { anyOf: [{ type: 'number' }, { type: 'boolean' }] },
          propertyNames: { not: { enum: ['__proto__', 'constructor', 'prototype'] } },
        },
      ],
    });
  });

  it.each([
    ['a refinement nobody described', t.type({ due: Day }), 'Day', 'RefinementType'],
    ['undefined', t.type({ maybe: t.union([t.string, t.undefined]) }), 'undefined', 'UndefinedType'],
    ['a tuple', t.type({ pair: t.tuple([t.string, t.number]) }), '[string, number]', 'TupleType'],
    [
      'a custom codec that shows no fields',
      new t.Type('Opaque', t.string.is, t.string.validate, String),
      'Opaque',
      'custom',
    ],
    ['a record keyed by numbers', t.record(t.number, t.string), '{ [K in number]: string }', 'DictionaryType'],
  ])('fails on %s, naming the codec', (_, codec, codecName, kind) => {
    const attempt = () => jsonSchemaOf(codec as t.Mixed);
    expect(attempt).toThrow(NoJsonSchema);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ codecName, kind });
      expect((error as Error).message).toContain(codecName);
    }
  });
});
