import * as t from 'io-ts';

/**
 * The mark on a codec that holds personal data, kept apart from the codec so that a marked codec is
 * an ordinary codec of the same kind (the field tree, the compiled validators and documentation see
 * what they saw before). `what` says what the field may hold, for the documentation.
 */
export interface PersonalMark {
  readonly what: string | undefined;
}

const marks = new WeakMap<object, PersonalMark>();

/** The mark of a codec marked with `personal`, or `undefined`. */
export const personalMarkOf = (codec: t.Mixed): PersonalMark | undefined => marks.get(codec);

/** Whether `codec` was marked with `personal` as holding personal data. */
export const isPersonal = (codec: t.Mixed): boolean => marks.has(codec);

interface Described {
  readonly _tag?: string;
  readonly type?: Described;
  readonly name: string;
}

/** Whether the codec's values are strings: `t.string`, or a refinement or brand of one, at any depth. */
const isStringValued = (codec: Described | undefined): boolean => {
  if (codec === undefined) return false;
  if (codec._tag === 'StringType') return true;
  return (codec._tag === 'RefinementType' || codec._tag === 'ReadonlyType') && isStringValued(codec.type);
};

/**
 * The placeholders a read of an erased event accepts in place of a marked codec's value (see
 * `acceptingPlaceholders`). Set only for the length of one synchronous decode.
 */
let placeholders: ReadonlySet<string> | undefined;

/**
 * Runs `decode` with every marked codec also accepting the given placeholders, which its own rule
 * may refuse (a maximum length, a pattern): an erased field still reads. Synchronous, so no other
 * decode sees the exception; outside it a marked codec accepts exactly what its codec accepts.
 */
export const acceptingPlaceholders = <A>(accepted: ReadonlySet<string>, decode: () => A): A => {
  const before = placeholders;
  placeholders = accepted;
  try {
    return decode();
  } finally {
    placeholders = before;
  }
};

/**
 * A codec that behaves exactly like `codec` — same kind, name, rules and encoding — but is marked
 * as holding personal data, which the store then seals (a salted digest in the hash) and can
 * erase. Only a string-valued codec (optionally refined or branded) may be marked; marking anything
 * else is a mistake in the definition and throws a `TypeError` at once. Mark the field's outermost
 * codec: a refinement around a marked codec is not marked.
 */
export const personal = <C extends t.Mixed>(codec: C, what?: string): C => {
  if (!isStringValued(codec as unknown as Described)) {
    throw new TypeError(
      `only a string codec (or a refinement or brand of one) can hold personal data; ${codec.name} is not one`,
    );
  }
  const validate = codec.validate;
  const is = codec.is;
  const marked = Object.assign(Object.create(Object.getPrototypeOf(codec)) as C, codec, {
    is: (u: unknown): u is t.TypeOf<C> =>
      is(u) || (placeholders !== undefined && typeof u === 'string' && placeholders.has(u)),
    validate: (u: unknown, c: t.Context): t.Validation<t.TypeOf<C>> => {
      const result = validate(u, c);
      return result._tag === 'Left' && placeholders !== undefined && typeof u === 'string' && placeholders.has(u)
        ? t.success(u as t.TypeOf<C>)
        : result;
    },
  });
  // io-ts binds `decode` to the codec it was built for: rebind it to the marked copy's `validate`.
  marked.decode = (u: unknown) => marked.validate(u, [{ key: '', type: marked, actual: u }]);
  marks.set(marked, { what });
  return marked;
};
