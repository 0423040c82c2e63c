import type * as t from 'io-ts';

/**
 * The fields a codec knows, read from the codec's own structure: an object's fields (each with its
 * codec, whether it is required, and its own tree), a list's items, a record's values, the members
 * of a union. A value without fields of its own (text, a number, a literal) is a `value`.
 */
export type FieldTree =
  | { readonly kind: 'value' }
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, KnownField> }
  | { readonly kind: 'list'; readonly item: FieldTree }
  | { readonly kind: 'record'; readonly value: FieldTree }
  | { readonly kind: 'union'; readonly members: readonly UnionMember[] };

/** One field of an object codec. */
export interface KnownField {
  readonly codec: t.Mixed;
  readonly required: boolean;
  readonly tree: FieldTree;
}

/** One member of a union codec, with its codec (to tell which member a value is meant for). */
export interface UnionMember {
  readonly codec: t.Mixed;
  readonly tree: FieldTree;
}

/** A codec of a kind `fieldTreeOf` does not know: a bug in the codec's definition, not in an input. */
export class UnsupportedCodec extends TypeError {
  override readonly name = 'UnsupportedCodec';
  readonly codecName: string;
  readonly kind: string;
  constructor(codecName: string, kind: string, reason: string) {
    super(`the field check does not know codec ${codecName} (${kind}): ${reason}`);
    this.codecName = codecName;
    this.kind = kind;
  }
}

type Shaped = t.Mixed & {
  readonly _tag?: string;
  readonly type?: Shaped;
  readonly types?: readonly Shaped[];
  readonly props?: t.Props;
  readonly domain?: Shaped;
  readonly codomain?: Shaped;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
  /** A codec of required and optional fields that is not an io-ts combinator shows them here. */
  readonly required?: t.Props;
  readonly optional?: t.Props;
};

const VALUE: FieldTree = { kind: 'value' };

/** Kinds whose values have no fields of their own. */
const valueKinds = new Set([
  'StringType',
  'NumberType',
  'BigIntType',
  'BooleanType',
  'NullType',
  'UndefinedType',
  'VoidType',
  'LiteralType',
  'KeyofType',
  'UnknownType',
  'AnyType',
  'NeverType',
  'FunctionType',
]);

/** Kinds that validate in the same place as the codec they wrap. */
const wrapperKinds = new Set(['ExactType', 'StrictType', 'ReadonlyType', 'RefinementType']);

const trees = new WeakMap<t.Mixed, FieldTree>();

/**
 * The field tree of a codec, built on first use and kept for the codec's lifetime, so a check per
 * input walks the input only. Throws `UnsupportedCodec` for a kind it does not know (a recursion,
 * a tuple, a custom `t.Type` that shows no fields), so that a codec is never checked loosely by
 * mistake.
 */
export const fieldTreeOf = (codec: t.Mixed): FieldTree => {
  let tree = trees.get(codec);
  if (tree === undefined) {
    tree = build(codec as Shaped);
    trees.set(codec, tree);
  }
  return tree;
};

const inner = (codec: Shaped, property: 'type' | 'domain' | 'codomain'): Shaped => {
  const wrapped = codec[property];
  if (wrapped === undefined) throw new UnsupportedCodec(codec.name, codec._tag ?? 'custom', `it has no ${property}`);
  return wrapped;
};

const objectOf = (parts: readonly { readonly props: t.Props; readonly required: boolean }[]): FieldTree => {
  const fields = new Map<string, KnownField>();
  for (const { props, required } of parts) {
    for (const [name, codec] of Object.entries(props)) {
      const known = fields.get(name);
      // A field named by two parts of an intersection is required if either part requires it.
      fields.set(name, { codec, required: required || known?.required === true, tree: fieldTreeOf(codec) });
    }
  }
  return { kind: 'object', fields };
};

const intersectionOf = (codec: Shaped): FieldTree => {
  const fields = new Map<string, KnownField>();
  for (const member of codec.types ?? []) {
    const tree = fieldTreeOf(member);
    if (tree.kind !== 'object') {
      throw new UnsupportedCodec(codec.name, 'IntersectionType', `member ${member.name} is not an object`);
    }
    for (const [name, field] of tree.fields) {
      const known = fields.get(name);
      fields.set(name, known === undefined ? field : { ...known, required: known.required || field.required });
    }
  }
  return { kind: 'object', fields };
};

const dictionaryOf = (codec: Shaped): FieldTree => {
  const domain = inner(codec, 'domain');
  const codomain = inner(codec, 'codomain');
  const keys =
    domain._tag === 'KeyofType'
      ? Object.keys(domain.keys ?? {})
      : domain._tag === 'LiteralType' && typeof domain.value === 'string'
        ? [domain.value]
        : undefined;
  // A record over a fixed set of keys is an object with those fields; over any string, a record.
  if (keys === undefined) return { kind: 'record', value: fieldTreeOf(codomain) };
  return objectOf([{ props: Object.fromEntries(keys.map((key) => [key, codomain])), required: true }]);
};

const unionOf = (codec: Shaped): FieldTree => {
  const members = (codec.types ?? []).map((member) => ({ codec: member, tree: fieldTreeOf(member) }));
  // A union of values only (`'a' | 'b'`, `string | null`) has no fields either.
  return members.every((m) => m.tree.kind === 'value') ? VALUE : { kind: 'union', members };
};

const build = (codec: Shaped): FieldTree => {
  const kind = codec._tag;
  if (kind === undefined) {
    if (codec.required !== undefined || codec.optional !== undefined) {
      return objectOf([
        { props: codec.required ?? {}, required: true },
        { props: codec.optional ?? {}, required: false },
      ]);
    }
    throw new UnsupportedCodec(codec.name, 'custom', 'a custom codec must show its fields as `required`/`optional`');
  }
  if (valueKinds.has(kind)) return VALUE;
  if (wrapperKinds.has(kind)) return fieldTreeOf(inner(codec, 'type'));
  switch (kind) {
    case 'InterfaceType':
      return objectOf([{ props: codec.props ?? {}, required: true }]);
    case 'PartialType':
      return objectOf([{ props: codec.props ?? {}, required: false }]);
    case 'IntersectionType':
      return intersectionOf(codec);
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return { kind: 'list', item: fieldTreeOf(inner(codec, 'type')) };
    case 'AnyArrayType':
      return { kind: 'list', item: VALUE };
    case 'AnyDictionaryType':
      return { kind: 'record', value: VALUE };
    case 'DictionaryType':
      return dictionaryOf(codec);
    case 'UnionType':
      return unionOf(codec);
    default:
      throw new UnsupportedCodec(codec.name, kind, 'no field tree is defined for this kind');
  }
};
