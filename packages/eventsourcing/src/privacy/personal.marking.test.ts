import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { fastValidator, INVALID } from '../compiledCodec.js';
import { createEventRegistry, defineEvent } from '../eventRegistry.js';
import { fieldTreeOf } from '../fieldTree.js';
import { structWith } from '../structWith.js';
import { acceptingPlaceholders, isPersonal, personal, personalPathsOf } from './personal.js';

const Short = t.refinement(t.string, (s) => s.length <= 5, 'Short');
const Name = t.brand(t.string, (s): s is t.Branded<string, { readonly Name: unique symbol }> => s !== '', 'Name');

describe('marking a codec as holding personal data', () => {
  it('gives a codec of the same kind, name and rules, marked; the codec itself stays unmarked', () => {
    const marked = personal(Short, 'a short note');
    expect(isPersonal(marked)).toBe(true);
    expect(isPersonal(Short)).toBe(false);
    expect(marked._tag).toBe('RefinementType');
    expect(marked.name).toBe('Short');
    expect(marked.decode('abc')).toStrictEqual(Short.decode('abc'));
    expect(isLeft(marked.decode('too long'))).toBe(true);
    expect(marked.is('abc')).toBe(true);
    expect(marked.is('too long')).toBe(false);
    expect(fastValidator(marked)('abc')).toBe('abc');
    expect(fastValidator(marked)('too long')).toBe(INVALID);
  });

  it('accepts a string, a refinement and a brand of one', () => {
    expect(isPersonal(personal(t.string))).toBe(true);
    expect(isPersonal(personal(Name))).toBe(true);
    expect(isPersonal(personal(t.readonly(Short)))).toBe(true);
  });

  it('refuses, at definition, a codec whose values are not strings', () => {
    expect(() => personal(t.number)).toThrow(TypeError);
    expect(() => personal(t.type({ a: t.string }) as t.Mixed)).toThrow(/only a string codec.*is not one/);
    expect(() => personal(t.array(t.string))).toThrow(TypeError);
    expect(() => personal(t.union([t.string, t.null]))).toThrow(TypeError);
  });

  it('accepts a placeholder its rule refuses only while an erased event is read', () => {
    const marked = personal(Short);
    const placeholder = '[erased 2026-03-01: GDPR art. 17]';
    expect(isLeft(marked.decode(placeholder))).toBe(true);
    const during = acceptingPlaceholders(new Set([placeholder]), () => marked.decode(placeholder));
    expect(isRight(during)).toBe(true);
    expect(isLeft(marked.decode(placeholder))).toBe(true);
    expect(isLeft(acceptingPlaceholders(new Set([placeholder]), () => Short.decode(placeholder)))).toBe(true);
  });
});

describe('the personal fields of a payload codec', () => {
  const payload = structWith(
    {
      id: t.string,
      description: personal(t.string, 'free text that may name a person'),
      feedbackItems: t.array(t.type({ topic: t.string, text: personal(Short) })),
    },
    {
      notes: t.record(t.string, personal(t.string)),
      reply: t.union([personal(t.string), t.null]),
      kind: t.union([t.type({ tag: t.literal('a'), by: personal(t.string) }), t.type({ tag: t.literal('b') })]),
      at: new t.Type<Date, string, unknown>(
        'Instant',
        (u): u is Date => u instanceof Date,
        (u, c) => (typeof u === 'string' ? t.success(new Date(u)) : t.failure(u, c)),
        (d) => d.toISOString(),
      ),
    },
  );

  it('are found by walking the codec: dot paths, `*` for list items and record values', () => {
    expect(personalPathsOf(payload)).toStrictEqual([
      'description',
      'feedbackItems.*.text',
      'kind.by',
      'notes.*',
      'reply',
    ]);
  });

  it('are none for a codec without marks, and the field tree still sees a marked field as a value', () => {
    expect(personalPathsOf(t.type({ a: t.string, b: t.array(t.number) }))).toStrictEqual([]);
    const tree = fieldTreeOf(t.type({ a: personal(t.string) }));
    expect(tree.kind === 'object' && tree.fields.get('a')?.tree.kind).toBe('value');
  });

  it('are computed by the registry per event type', () => {
    const noted = defineEvent({ type: 'Noted', codec: payload });
    const plain = defineEvent({ type: 'Plain', codec: t.type({ n: t.number }) });
    const registry = createEventRegistry([noted, plain]);
    expect(registry.personalPaths('Noted')).toStrictEqual(personalPathsOf(payload));
    expect(registry.personalPaths('Plain')).toStrictEqual([]);
    expect(registry.personalPaths('Unknown')).toStrictEqual([]);
  });
});
