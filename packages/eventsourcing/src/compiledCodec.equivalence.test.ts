import { fc, it } from '@fast-check/vitest';
import { isRight } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect } from 'vitest';
import { fastValidator, INVALID } from './compiledCodec.js';
import { personal } from './privacy/personal.js';
import { structWith } from './structWith.js';

/** A codec and values for it: mostly valid, sometimes not, sometimes with fields to strip. */
interface Case {
  readonly codec: t.Mixed;
  readonly value: fc.Arbitrary<unknown>;
}

const noise = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined));
const sometimesWrong = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: noise });

/** A custom codec, as domains write them: validated by its own function. */
const nonBlank = new t.Type<string, string, unknown>(
  'NonBlank',
  (u): u is string => typeof u === 'string' && u.trim() !== '',
  (u, c) => (typeof u === 'string' && u.trim() !== '' ? t.success(u) : t.failure(u, c)),
  t.identity,
);
/** A custom codec whose decoded value differs from its input (a string in, a number out). */
const numeric = new t.Type<number, string, unknown>(
  'Numeric',
  (u): u is number => typeof u === 'number',
  (u, c) => (typeof u === 'string' && /^\d+$/.test(u) ? t.success(Number(u)) : t.failure(u, c)),
  String,
);

const leaves: fc.Arbitrary<Case>[] = [
  fc.constant({ codec: t.string, value: sometimesWrong(fc.string({ maxLength: 3 })) }),
  fc.constant({ codec: t.number, value: sometimesWrong(fc.integer()) }),
  fc.constant({ codec: t.boolean, value: sometimesWrong(fc.boolean()) }),
  fc.constant({ codec: t.null, value: sometimesWrong(fc.constant(null)) }),
  fc.constant({ codec: t.unknown, value: noise }),
  fc.constant({ codec: t.Int, value: sometimesWrong(fc.oneof(fc.integer(), fc.double())) }),
  fc.constant({ codec: t.literal('a'), value: sometimesWrong(fc.constantFrom('a', 'b')) }),
  fc.constant({
    codec: t.keyof({ low: null, high: null }),
    value: sometimesWrong(fc.constantFrom('low', 'high', 'toString')),
  }),
  fc.constant({ codec: nonBlank, value: sometimesWrong(fc.constantFrom('x', ' ', '')) }),
  fc.constant({ codec: numeric, value: sometimesWrong(fc.constantFrom('12', '1a', 3)) }),
  fc.constant({
    codec: t.refinement(t.number, (n) => n > 0, 'Positive'),
    value: sometimesWrong(fc.integer({ min: -2, max: 2 })),
  }),
  // Codecs marked as holding personal data validate as the codec they mark.
  fc.constant({ codec: personal(t.string), value: sometimesWrong(fc.string({ maxLength: 3 })) }),
  fc.constant({
    codec: personal(
      t.refinement(t.string, (s) => s.length < 2, 'Short'),
      'a short note',
    ),
    value: sometimesWrong(fc.string({ maxLength: 3 })),
  }),
];

const keyNames = ['a', 'b', 'c'] as const;

const cases: fc.Arbitrary<Case> = fc.letrec<{ node: Case }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    ...leaves,
    fc
      .record({
        fields: fc.uniqueArray(fc.constantFrom(...keyNames), { minLength: 1, maxLength: 3 }),
        kinds: fc.array(tie('node'), { minLength: 3, maxLength: 3 }),
        kind: fc.constantFrom('type', 'partial', 'exact type', 'exact partial', 'readonly type', 'structWith'),
      })
      .map(({ fields, kinds, kind }): Case => {
        const props = Object.fromEntries(fields.map((f, i) => [f, kinds[i]!.codec]));
        const base = kind.endsWith('partial') ? t.partial(props) : t.type(props);
        // structWith: the first field required, the others optional.
        const [first, ...rest] = Object.entries(props);
        const codec =
          kind === 'structWith'
            ? structWith(Object.fromEntries([first!]), Object.fromEntries(rest))
            : kind.startsWith('exact')
              ? t.exact(base)
              : kind.startsWith('readonly')
                ? t.readonly(base)
                : base;
        const value = fc
          .record({
            present: fc.record(Object.fromEntries(fields.map((f, i) => [f, kinds[i]!.value])), { requiredKeys: [] }),
            extra: fc.option(fc.record({ z: noise }), { nil: undefined }),
          })
          .map(({ present, extra }) => ({ ...present, ...extra }));
        return { codec, value: sometimesWrong(value) };
      }),
    tie('node').map(
      (item): Case => ({ codec: t.array(item.codec), value: sometimesWrong(fc.array(item.value, { maxLength: 3 })) }),
    ),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(
      (members): Case => ({
        codec: t.union(members.map((m) => m.codec) as unknown as [t.Mixed, t.Mixed]),
        value: fc.oneof(...members.map((m) => m.value)),
      }),
    ),
    fc.constant<Case>({
      codec: t.union([t.type({ kind: t.literal('x'), n: t.number }), t.type({ kind: t.literal('y'), s: t.string })]),
      value: fc.oneof(fc.record({ kind: fc.constantFrom('x', 'y', 'w'), n: noise, s: noise }), noise),
    }),
    tie('node').map((inner): Case => ({ codec: t.intersection([inner.codec, t.type({})]), value: inner.value })),
  ),
})).node;

const codecWithValues = cases.chain((c) =>
  fc.tuple(fc.constant(c.codec), fc.array(c.value, { minLength: 1, maxLength: 5 })),
);

describe('the fast validation path', () => {
  it.prop([codecWithValues], { numRuns: 400 })(
    'accepts exactly what the codec accepts, and returns what the codec decodes',
    ([codec, values]) => {
      const fast = fastValidator(codec);
      for (const value of values) {
        const expected = codec.decode(value);
        const actual = fast(value);
        if (isRight(expected)) expect(actual).toStrictEqual(expected.right);
        else expect(actual).toBe(INVALID);
      }
    },
  );

  it('keeps io-ts’s edge cases: a missing field a codec accepts as undefined is set, extra fields of an exact codec dropped', () => {
    expect(fastValidator(t.type({ a: t.unknown }))({})).toStrictEqual({ a: undefined });
    expect(fastValidator(t.partial({ a: t.unknown }))({})).toStrictEqual({});
    expect(fastValidator(t.exact(t.type({ a: t.string })))({ a: 'x', b: 1 })).toStrictEqual({ a: 'x' });
    const kept = { a: 'x' };
    expect(fastValidator(t.exact(t.type({ a: t.string })))(kept)).toBe(kept);
  });
});
