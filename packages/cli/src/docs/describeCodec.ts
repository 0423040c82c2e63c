import type * as t from 'io-ts';

/** One field of a command or event payload, as docs/commands.md lists it. */
export interface FieldDoc {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
}

type AnyCodec = t.Mixed & {
  readonly _tag?: string;
  readonly type?: AnyCodec;
  readonly types?: readonly AnyCodec[];
  readonly props?: Readonly<Record<string, AnyCodec>>;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
  /** Set by codecs built of required and optional fields (the domain's `structWith`). */
  readonly required?: Readonly<Record<string, AnyCodec>>;
  readonly optional?: Readonly<Record<string, AnyCodec>>;
  /** Set by list codecs with a minimum length (the domain's `nonEmptyArray`). */
  readonly item?: AnyCodec;
};

/** The fields of an object codec, or undefined when the codec is not an object. */
const objectFields = (codec: AnyCodec): { props: Record<string, AnyCodec>; required: boolean }[] | undefined => {
  switch (codec._tag) {
    case 'ExactType':
    case 'ReadonlyType':
      return codec.type === undefined ? undefined : objectFields(codec.type);
    case 'InterfaceType':
      return [{ props: { ...codec.props }, required: true }];
    case 'PartialType':
      return [{ props: { ...codec.props }, required: false }];
    case 'IntersectionType': {
      const parts = (codec.types ?? []).map(objectFields);
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    }
    default:
      if (codec.required !== undefined || codec.optional !== undefined) {
        return [
          { props: { ...codec.required }, required: true },
          { props: { ...codec.optional }, required: false },
        ];
      }
      return undefined;
  }
};

/** A short type name a reader understands: `IsoDate`, `"a" | "b"`, `Array<Participant>`. */
export const typeName = (codec: AnyCodec): string => {
  switch (codec._tag) {
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return codec.type === undefined ? codec.name : `Array<${typeName(codec.type)}>`;
    case 'KeyofType':
      return Object.keys(codec.keys ?? {})
        .map((k) => `"${k}"`)
        .join(' \\| ');
    case 'LiteralType':
      return JSON.stringify(codec.value);
    case 'UnionType':
      return (codec.types ?? []).map(typeName).join(' \\| ');
    default:
      return codec.name.replaceAll('|', '\\|');
  }
};

/**
 * The fields of a codec, flattened with dotted paths (`chair.id`), in declaration order. Nested
 * objects are listed field by field; arrays of objects as `items[].field`.
 */
export const describeFields = (codec: t.Mixed, prefix = '', required = true): FieldDoc[] => {
  const parts = objectFields(codec as AnyCodec);
  if (parts === undefined) return [];
  const fields: FieldDoc[] = [];
  for (const part of parts) {
    for (const [name, field] of Object.entries(part.props)) {
      const path = prefix === '' ? name : `${prefix}.${name}`;
      const isRequired = required && part.required;
      const nested = describeFields(field, path, isRequired);
      const list = field as AnyCodec;
      const item = list._tag === 'ArrayType' ? list.type : list.item;
      const itemFields = item === undefined ? [] : describeFields(item, `${path}[]`, isRequired);
      fields.push({ path, type: typeName(field as AnyCodec), required: isRequired });
      fields.push(...nested, ...itemFields);
    }
  }
  return fields;
};
