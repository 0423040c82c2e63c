import type * as t from 'io-ts';
import { type PersonalMark, personalMarkOf } from './privacy/mark.js';

/**
 * The fields a codec knows, read from the codec's own structure: an object's fields (each with its
 * codec, whether it is required, and its own tree), a list's items, a record's values, the members
 * of a union. A value without fields of its own (text, a number, a literal) is a `value`; a value
 * whose codec was marked with `personal` (or a union of values with a marked member) carries the
 * mark as `personal`. In a walk of the visible tree (`visibleFieldTreeOf`), a part whose fields
 * cannot be read is a value marked `opaque`.
 */
export type FieldTree =
  | { readonly kind: 'value'; readonly personal?: PersonalMark; readonly opaque?: true }
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

/**
 * The field tree of a codec, built on first use and kept for the codec's lifetime, so a check per
 * input walks the input only. Throws `UnsupportedCodec` for a kind it does not know (a recursion,
 * a tuple, a custom `t.Type` that shows no fields), so that a codec is never checked loosely by
 * mistake.
 */
export const fieldTreeOf = (codec: t.Mixed): FieldTree => treeOf(STRICT, codec);

/**
 * The field tree of a codec as far as it can be read: a part of a kind `fieldTreeOf` does not know
 * is a `value` whose fields are unknown (`opaque`), instead of an error. For what must be found
 * where it is visible and may be absent where it is not: the personal fields of a payload.
 */
export const visibleFieldTreeOf = (codec: t.Mixed): FieldTree => treeOf(VISIBLE, codec);

/** How a walk treats a codec of a kind it does not know: as an error, or as a value of unknown fields. */
interface Mode {
  readonly trees: WeakMap<t.Mixed, FieldTree>;
  readonly unknown: (error: UnsupportedCodec) => FieldTree;
}

const STRICT: Mode = {
  trees: new WeakMap(),
  unknown: (error) => {
    throw error;
  },
};
const OPAQUE: FieldTree = { kind: 'value', opaque: true };
const VISIBLE: Mode = { trees: new WeakMap(), unknown: () => OPAQUE };

const treeOf = (mode: Mode, codec: t.Mixed): FieldTree => {
  let tree = mode.trees.get(codec);
  if (tree === undefined) {
    try {
      tree = build(mode, codec as Shaped);
    } catch (error) {
      if (!(error instanceof UnsupportedCodec)) throw error;
      tree = mode.unknown(error);
    }
    mode.trees.set(codec, tree);
  }
  return tree;
};

const inner = (codec: Shaped, property: 'type' | 'domain' | 'codomain'): Shaped => {
  const wrapped = codec[property];
  if (wrapped === undefined) throw new UnsupportedCodec(codec.name, codec._tag ?? 'custom', `it has no ${property}`);
  return wrapped;
};

const objectOf = (mode: Mode, parts: readonly { readonly props: t.Props; readonly required: boolean }[]): FieldTree => {
  const fields = new Map<string, KnownField>();
  for (const { props, required } of parts) {
    for (const [name, codec] of Object.entries(props)) {
      const known = fields.get(name);
      // A field named by two parts of an intersection is required if either part requires it.
      fields.set(name, { codec, required: required || known?.required === true, tree: treeOf(mode, codec) });
    }
  }
  return { kind: 'object', fields };
};

const intersectionOf = (mode: Mode, codec: Shaped): FieldTree => {
  const fields = new Map<string, KnownField>();
  for (const member of codec.types ?? []) {
    const tree = treeOf(mode, member);
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

const dictionaryOf = (mode: Mode, codec: Shaped): FieldTree => {
  const domain = inner(codec, 'domain');
  const codomain = inner(codec, 'codomain');
  const keys =
    domain._tag === 'KeyofType'
      ? Object.keys(domain.keys ?? {})
      : domain._tag === 'LiteralType' && typeof domain.value === 'string'
        ? [domain.value]
        : undefined;
  // A record over a fixed set of keys is an object with those fields; over any string, a record.
  if (keys === undefined) return { kind: 'record', value: treeOf(mode, codomain) };
  return objectOf(mode, [{ props: Object.fromEntries(keys.map((key) => [key, codomain])), required: true }]);
};

const unionOf = (mode: Mode, codec: Shaped): FieldTree => {
  const members = (codec.types ?? []).map((member) => ({ codec: member, tree: treeOf(mode, member) }));
  // A union of values only (`'a' | 'b'`, `string | null`) has no fields either; it is personal if
  // a member is (`personal(t.string) | null`).
  if (!members.every((m) => m.tree.kind === 'value')) return { kind: 'union', members };
  for (const { tree } of members) if (tree.kind === 'value' && tree.personal !== undefined) return tree;
  return VALUE;
};

const build = (mode: Mode, codec: Shaped): FieldTree => {
  // A marked codec is a value (only string codecs can be marked) that holds personal data.
  const mark = personalMarkOf(codec);
  if (mark !== undefined) return { kind: 'value', personal: mark };
  const kind = codec._tag;
  if (kind === undefined) {
    if (codec.required !== undefined || codec.optional !== undefined) {
      return objectOf(mode, [
        { props: codec.required ?? {}, required: true },
        { props: codec.optional ?? {}, required: false },
      ]);
    }
    throw new UnsupportedCodec(codec.name, 'custom', 'a custom codec must show its fields as `required`/`optional`');
  }
  if (valueKinds.has(kind)) return VALUE;
  if (wrapperKinds.has(kind)) return treeOf(mode, inner(codec, 'type'));
  switch (kind) {
    case 'InterfaceType':
      return objectOf(mode, [{ props: codec.props ?? {}, required: true }]);
    case 'PartialType':
      return objectOf(mode, [{ props: codec.props ?? {}, required: false }]);
    case 'IntersectionType':
      return intersectionOf(mode, codec);
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return { kind: 'list', item: treeOf(mode, inner(codec, 'type')) };
    case 'AnyArrayType':
      return { kind: 'list', item: VALUE };
    case 'AnyDictionaryType':
      return { kind: 'record', value: VALUE };
    case 'DictionaryType':
      return dictionaryOf(mode, codec);
    case 'UnionType':
      return unionOf(mode, codec);
    default:
      throw new UnsupportedCodec(codec.name, kind, 'no field tree is defined for this kind');
  }
};
