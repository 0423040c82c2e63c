import { type FieldTree, fieldTreeOf } from '@mgmt-review/eventsourcing';
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
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
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

const fieldsOf = (tree: FieldTree, prefix: string, required: boolean): FieldDoc[] => {
  if (tree.kind !== 'object') return [];
  const fields: FieldDoc[] = [];
  for (const [name, field] of tree.fields) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const isRequired = required && field.required;
    fields.push({ path, type: typeName(field.codec as AnyCodec), required: isRequired });
    fields.push(...fieldsOf(field.tree, path, isRequired));
    if (field.tree.kind === 'list') fields.push(...fieldsOf(field.tree.item, `${path}[]`, isRequired));
  }
  return fields;
};

/**
 * The fields of a codec, flattened with dotted paths (`chair.id`), in declaration order: the fields
 * the strict input check knows (the kernel's field tree), so the page lists exactly what a command
 * accepts. Nested objects are listed field by field; lists of objects as `items[].field`.
 */
export const describeFields = (codec: t.Mixed): FieldDoc[] => fieldsOf(fieldTreeOf(codec), '', true);
