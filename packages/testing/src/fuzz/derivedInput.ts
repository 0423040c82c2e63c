import { type FieldTree, fieldTreeOf } from '@mgmt-review/eventsourcing';
import type * as t from 'io-ts';

/** Values tried, in order, for a field without fields of its own: the first its codec accepts is taken. */
const candidates: readonly unknown[] = [
  '2026-03-31T09:00:00Z',
  '2026-03-31',
  '2026-03',
  '2026-Q1',
  'id-1',
  'a sample text',
  'https://example.org/evidence',
  3,
  1,
  0,
  true,
  false,
];

type Shaped = t.Mixed & {
  readonly _tag?: string;
  readonly type?: Shaped;
  readonly value?: unknown;
  readonly keys?: Readonly<Record<string, unknown>>;
};

const wrappers = new Set(['ExactType', 'StrictType', 'ReadonlyType', 'RefinementType']);

/** The codec a wrapper (exact, readonly, a refinement) validates with. */
const unwrapped = (codec: Shaped): Shaped => {
  let inner = codec;
  while (inner._tag !== undefined && wrappers.has(inner._tag) && inner.type !== undefined) inner = inner.type;
  return inner;
};

const valueFor = (codec: Shaped): unknown => {
  const inner = unwrapped(codec);
  if (inner._tag === 'LiteralType') return inner.value;
  if (inner._tag === 'KeyofType' && inner.keys !== undefined) return Object.keys(inner.keys)[0];
  return candidates.find((candidate) => codec.is(candidate)) ?? candidates[0];
};

const derived = (codec: Shaped, tree: FieldTree): unknown => {
  switch (tree.kind) {
    case 'value':
      return valueFor(codec);
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, field] of tree.fields) {
        if (field.required) value[name] = derived(field.codec as Shaped, field.tree);
      }
      return value;
    }
    case 'list': {
      if (codec.is([])) return [];
      const item = unwrapped(codec).type;
      return item === undefined ? [] : [derived(item, fieldTreeOf(item))];
    }
    case 'record':
      return {};
    case 'union': {
      const values = tree.members.map((member) => ({ member, value: derived(member.codec as Shaped, member.tree) }));
      return (values.find(({ member, value }) => member.codec.is(value)) ?? values[0])?.value;
    }
  }
};

/**
 * An input for a command codec built from the codec alone: every required field, each with the
 * first plain value its codec accepts. It is valid for most codecs; where a codec also checks how
 * fields go together it is near-valid, which is what a fuzzer starts from anyway.
 */
export const derivedInput = (codec: t.Mixed): unknown => derived(codec as Shaped, fieldTreeOf(codec));
