import type * as t from 'io-ts';

/**
 * A validation fast path for io-ts codecs, used by the event registry on every read and write.
 *
 * io-ts builds an error context (an array and an object) for every field it visits, whether the
 * value is valid or not, so that a failure can name its path. Stored events are valid almost always;
 * this path validates them with the same rules and no context, and gives up — returning `INVALID` —
 * at the first failure, after which the caller runs the codec's own `decode` for the errors with
 * their field paths. The result of a success is what `codec.decode` returns (the same copies, the
 * same stripped keys), which `compiledCodec.equivalence.test.ts` checks over generated codecs and
 * values.
 *
 * Combinators io-ts defines (`type`, `partial`, `exact`, `array`, `union`, `refinement`/`brand`,
 * `readonly`, `literal`, `keyof` and the primitives) are compiled, and so is the kernel's
 * `structWith`; any other codec — a custom
 * `new t.Type`, an intersection, a record, a recursion — runs its own `validate`, unchanged.
 */
export const INVALID: unique symbol = Symbol('invalid');

/** Validates `u`: the decoded value, or `INVALID`. */
export type FastValidate = (u: unknown) => unknown;

interface Described {
  readonly _tag?: string;
  readonly props?: t.Props;
  readonly type?: Described;
  readonly types?: readonly Described[];
  readonly value?: unknown;
  readonly keys?: Record<string, unknown>;
  readonly predicate?: (a: unknown) => boolean;
  /** The fields of a `structWith` codec (not an io-ts combinator, so it has no `_tag`). */
  readonly required?: t.Props;
  readonly optional?: t.Props;
  readonly validate: t.Validate<unknown, unknown>;
}

const ROOT: t.Context = [];
const hasOwn = Object.prototype.hasOwnProperty;
const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u);

const own = (codec: Described): FastValidate => {
  const validate = codec.validate;
  return (u) => {
    const result = validate(u, ROOT);
    return result._tag === 'Left' ? INVALID : result.right;
  };
};

/** `t.type`: every prop validated; the object is copied only if a prop's value changed. */
const interfaceOf = (props: t.Props, partial: boolean): FastValidate => {
  const keys = Object.keys(props);
  const checks = keys.map((key) => compile(props[key] as unknown as Described));
  const count = keys.length;
  return (u) => {
    if (!isRecord(u)) return INVALID;
    let a = u;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const value = a[key];
      if (partial && value === undefined) {
        // io-ts: a missing optional field is not an error; its codec's success is still applied.
        const result = checks[i]!(value);
        if (result !== INVALID && result !== value) {
          if (a === u) a = { ...u };
          a[key] = result;
        }
        continue;
      }
      const result = checks[i]!(value);
      if (result === INVALID) return INVALID;
      if (result !== value || (!partial && result === undefined && !hasOwn.call(a, key))) {
        if (a === u) a = { ...u };
        a[key] = result;
      }
    }
    return a;
  };
};

/** The props an exact codec keeps, as io-ts's `getProps` finds them; `undefined` when it cannot. */
const propsOf = (codec: Described | undefined): t.Props | undefined => {
  switch (codec?._tag) {
    case 'InterfaceType':
    case 'StrictType':
    case 'PartialType':
      return codec.props;
    case 'RefinementType':
    case 'ReadonlyType':
      return propsOf(codec.type);
    default:
      return undefined;
  }
};

/** io-ts's `stripKeys`: a copy without the keys `props` does not name, or the object itself if it has none. */
const stripKeys = (o: Record<string, unknown>, props: t.Props): Record<string, unknown> => {
  for (const key in o) {
    if (!hasOwn.call(props, key)) {
      const stripped: Record<string, unknown> = {};
      for (const name of Object.getOwnPropertyNames(o)) if (hasOwn.call(props, name)) stripped[name] = o[name];
      return stripped;
    }
  }
  return o;
};

const exactOf = (codec: Described): FastValidate => {
  const props = propsOf(codec.type);
  if (props === undefined || codec.type === undefined) return own(codec);
  const inner = compile(codec.type);
  return (u) => {
    if (!isRecord(u)) return INVALID;
    const result = inner(u);
    return result === INVALID ? INVALID : stripKeys(result as Record<string, unknown>, props);
  };
};

/**
 * `structWith(required, optional)`: as it decodes, the value through `t.exact(t.type(required))`
 * and through `t.exact(t.partial(optional))`, the second merged into the first.
 */
const structWithOf = (required: t.Props, optional: t.Props): FastValidate => {
  const mandatory = interfaceOf(required, false);
  const optionals = interfaceOf(optional, true);
  return (u) => {
    if (!isRecord(u)) return INVALID;
    const a = mandatory(u);
    if (a === INVALID) return INVALID;
    const b = optionals(u);
    if (b === INVALID) return INVALID;
    return Object.assign(
      stripKeys(a as Record<string, unknown>, required),
      stripKeys(b as Record<string, unknown>, optional),
    );
  };
};

const arrayOf = (item: Described): FastValidate => {
  const check = compile(item);
  return (u) => {
    if (!Array.isArray(u)) return INVALID;
    let as = u;
    for (let i = 0; i < u.length; i++) {
      const value = u[i];
      const result = check(value);
      if (result === INVALID) return INVALID;
      if (result !== value) {
        if (as === u) as = u.slice();
        as[i] = result;
      }
    }
    return as;
  };
};

/** The first member that accepts the value (a tagged union's members exclude each other, so this is the same). */
const unionOf = (members: readonly Described[]): FastValidate => {
  const checks = members.map(compile);
  return (u) => {
    for (const check of checks) {
      const result = check(u);
      if (result !== INVALID) return result;
    }
    return INVALID;
  };
};

const refinementOf = (codec: Described): FastValidate => {
  if (codec.type === undefined || codec.predicate === undefined) return own(codec);
  const base = compile(codec.type);
  const predicate = codec.predicate;
  return (u) => {
    const result = base(u);
    return result !== INVALID && predicate(result) ? result : INVALID;
  };
};

const compile = (codec: Described): FastValidate => {
  switch (codec._tag) {
    case 'StringType':
      return (u) => (typeof u === 'string' ? u : INVALID);
    case 'NumberType':
      return (u) => (typeof u === 'number' ? u : INVALID);
    case 'BooleanType':
      return (u) => (typeof u === 'boolean' ? u : INVALID);
    case 'NullType':
      return (u) => (u === null ? u : INVALID);
    case 'UnknownType':
      return (u) => u;
    case 'LiteralType': {
      const value = codec.value;
      return (u) => (u === value ? value : INVALID);
    }
    case 'KeyofType': {
      const keys = codec.keys ?? {};
      return (u) => (typeof u === 'string' && hasOwn.call(keys, u) ? u : INVALID);
    }
    case 'InterfaceType':
      return codec.props === undefined ? own(codec) : interfaceOf(codec.props, false);
    case 'PartialType':
      return codec.props === undefined ? own(codec) : interfaceOf(codec.props, true);
    case 'ExactType':
      return exactOf(codec);
    case 'ArrayType':
      return codec.type === undefined ? own(codec) : arrayOf(codec.type);
    case 'UnionType':
      return codec.types === undefined ? own(codec) : unionOf(codec.types);
    case 'RefinementType':
      return refinementOf(codec);
    case 'ReadonlyType':
      return codec.type === undefined ? own(codec) : compile(codec.type);
    case undefined:
      return codec.required !== undefined && codec.optional !== undefined
        ? structWithOf(codec.required, codec.optional)
        : own(codec);
    default:
      return own(codec);
  }
};

const compiled = new WeakMap<object, FastValidate>();

/** The fast validator of a codec, compiled once and kept for as long as the codec lives. */
export const fastValidator = (codec: t.Decoder<unknown, unknown>): FastValidate => {
  let validate = compiled.get(codec);
  if (validate === undefined) {
    validate = compile(codec as unknown as Described);
    compiled.set(codec, validate);
  }
  return validate;
};
