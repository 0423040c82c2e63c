import type * as t from 'io-ts';
import { fieldTreeOf, UnsupportedCodec } from './fieldTree.js';

/**
 * A JSON Schema (the keywords draft-07 and 2020-12 share, so Ajv's default dialect and OpenAPI 3.1
 * read it alike), as plain JSON.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * A codec `jsonSchemaOf` cannot describe: a kind it does not know, or a refinement whose rule the
 * caller did not state. A bug in a codec's definition or in the caller's refinements, never in an
 * input: a schema that accepted more than its codec would let bad input through unseen.
 */
export class NoJsonSchema extends TypeError {
  override readonly name = 'NoJsonSchema';
  readonly codecName: string;
  readonly kind: string;
  constructor(codecName: string, kind: string, reason: string) {
    super(`no JSON Schema is known for codec ${codecName} (${kind}): ${reason}`);
    this.codecName = codecName;
    this.kind = kind;
  }
}

export interface JsonSchemaOptions {
  /**
   * The schema of a refinement: a codec with a rule of its own (`_tag: 'RefinementType'`), whose
   * predicate a walker cannot read. Given the refinement's name and the schema of the value it
   * refines, it returns the schema that accepts exactly what the refinement accepts, or
   * `undefined` when it does not know the refinement (then `jsonSchemaOf` throws `NoJsonSchema`).
   */
  readonly refinement?: (name: string, base: JsonSchema) => JsonSchema | undefined;
}

type Shaped = t.Mixed & {
  readonly _tag?: string;
  readonly type?: Shaped;
  readonly types?: readonly Shaped[];
  readonly domain?: Shaped;
  readonly codomain?: Shaped;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
};

/** Keys `decodeStrict` refuses in every object and record: they name prototype machinery. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Kinds whose fields the kernel's field tree knows (`fieldTreeOf`): objects, however declared. */
const objectKinds = new Set(['InterfaceType', 'PartialType', 'IntersectionType']);

/** Kinds that accept what the codec they wrap accepts; unknown fields are refused by the schema anyway. */
const wrapperKinds = new Set(['ExactType', 'StrictType', 'ReadonlyType']);

const inner = (codec: Shaped, property: 'type' | 'domain' | 'codomain'): Shaped => {
  const wrapped = codec[property];
  if (wrapped === undefined) throw new NoJsonSchema(codec.name, codec._tag ?? 'custom', `it has no ${property}`);
  return wrapped;
};

/**
 * The JSON Schema of what `decodeStrict(codec, value)` accepts, for JSON values: every object
 * closed (`additionalProperties: false`, as the strict decode refuses unknown fields at any
 * depth), required fields as the field tree has them, refinements as `options.refinement` states
 * them. Throws `NoJsonSchema`, naming the codec, on any kind it does not know (a custom `t.Type`
 * that shows no fields, `undefined`, a tuple, a recursion, a refinement nobody described), so a
 * codec is never described loosely by mistake.
 */
export const jsonSchemaOf = (codec: t.Mixed, options: JsonSchemaOptions = {}): JsonSchema => {
  const walk = (c: Shaped): JsonSchema => {
    const kind = c._tag;
    if (kind === undefined || objectKinds.has(kind)) return objectOf(c);
    if (wrapperKinds.has(kind)) return walk(inner(c, 'type'));
    switch (kind) {
      case 'StringType':
        return { type: 'string' };
      case 'NumberType':
        return { type: 'number' };
      case 'BooleanType':
        return { type: 'boolean' };
      case 'NullType':
        return { type: 'null' };
      case 'UnknownType':
        return {};
      case 'LiteralType':
        return { const: c.value };
      case 'KeyofType':
        return { type: 'string', enum: Object.keys(c.keys ?? {}) };
      case 'ArrayType':
      case 'ReadonlyArrayType':
        return { type: 'array', items: walk(inner(c, 'type')) };
      case 'UnionType':
        return { anyOf: (c.types ?? []).map(walk) };
      case 'DictionaryType':
        return dictionaryOf(c);
      case 'RefinementType': {
        const refined = options.refinement?.(c.name, walk(inner(c, 'type')));
        if (refined === undefined) throw new NoJsonSchema(c.name, kind, 'its rule is not among the known refinements');
        return refined;
      }
      default:
        throw new NoJsonSchema(c.name, kind, 'no JSON Schema is defined for this kind');
    }
  };

  // An object's fields, whether required, and each field's codec: the field tree's knowledge, so
  // the schema closes exactly the objects the strict decode closes.
  const objectOf = (c: Shaped): JsonSchema => {
    let tree: ReturnType<typeof fieldTreeOf>;
    try {
      tree = fieldTreeOf(c);
    } catch (error) {
      if (error instanceof UnsupportedCodec) throw new NoJsonSchema(error.codecName, error.kind, error.message);
      throw error;
    }
    if (tree.kind !== 'object') throw new NoJsonSchema(c.name, c._tag ?? 'custom', 'it shows no fields of an object');
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [name, field] of tree.fields) {
      properties[name] = walk(field.codec as Shaped);
      if (field.required) required.push(name);
    }
    return { type: 'object', properties, required, additionalProperties: false };
  };

  const dictionaryOf = (c: Shaped): JsonSchema => {
    const domain = inner(c, 'domain');
    // A record over a fixed set of keys is an object with those fields (the field tree's view).
    if (domain._tag === 'KeyofType' || domain._tag === 'LiteralType') return objectOf(c);
    if (domain._tag !== 'StringType') throw new NoJsonSchema(c.name, 'DictionaryType', `its keys are ${domain.name}`);
    return {
      type: 'object',
      additionalProperties: walk(inner(c, 'codomain')),
      propertyNames: { not: { enum: PROTOTYPE_KEYS } },
    };
  };

  return walk(codec as Shaped);
};
