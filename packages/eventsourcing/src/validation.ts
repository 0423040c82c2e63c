import type * as t from 'io-ts';
import type { FieldProblem } from './errors.js';

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return String(value);
  }
};

type Described = {
  readonly _tag?: string;
  readonly name?: string;
  readonly type?: Described;
  readonly types?: readonly Described[];
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
  readonly required?: unknown;
  readonly optional?: unknown;
  readonly is?: (u: unknown) => boolean;
};

/**
 * Whether a codec only branches into members (a union or intersection, possibly wrapped by
 * `t.exact`, `t.readonly` or a refinement, which validate in the same context): its members'
 * numeric keys are not fields.
 */
const isBranching = (type: Described | undefined): boolean => {
  const tag = type?._tag;
  if (tag === 'UnionType' || tag === 'IntersectionType') return true;
  if (tag === 'ExactType' || tag === 'ReadonlyType' || tag === 'RefinementType') return isBranching(type?.type);
  return false;
};

const quoted = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : String(value));

/** The words a codec accepts, when it accepts words only (`'a'`, `keyof`, a union of them). */
const wordsOf = (codec: Described): readonly unknown[] | undefined => {
  if (codec._tag === 'LiteralType') return [codec.value];
  if (codec._tag === 'KeyofType') return Object.keys(codec.keys ?? {});
  if (codec._tag === 'UnionType') {
    const members = (codec.types ?? []).map(wordsOf);
    return members.every((m) => m !== undefined) ? members.flat() : undefined;
  }
  return undefined;
};

const unique = (phrases: readonly string[]): string => [...new Set(phrases)].join(' or ');

/**
 * What a codec expects, in plain words and without io-ts type names: `text`, `a list`,
 * `an object`, `one of 'a', 'b'`. A refinement whose base accepts the value names the refinement
 * (`a valid Int`), since only the rule it adds refused it.
 */
export const expectationOf = (codec: Described, value: unknown): string => {
  const words = wordsOf(codec);
  if (words !== undefined) return words.length === 1 ? quoted(words[0]) : `one of ${words.map(quoted).join(', ')}`;
  switch (codec._tag) {
    case 'StringType':
      return 'text';
    case 'NumberType':
      return 'a number';
    case 'BigIntType':
      return 'a big integer';
    case 'BooleanType':
      return 'true or false';
    case 'NullType':
      return 'null';
    case 'UndefinedType':
    case 'VoidType':
      return 'nothing';
    case 'ArrayType':
    case 'ReadonlyArrayType':
    case 'AnyArrayType':
    case 'TupleType':
      return 'a list';
    case 'InterfaceType':
    case 'PartialType':
    case 'DictionaryType':
    case 'AnyDictionaryType':
      return 'an object';
    case 'ExactType':
    case 'StrictType':
    case 'ReadonlyType':
      return codec.type === undefined ? 'a valid value' : expectationOf(codec.type, value);
    case 'RefinementType':
      if (codec.type !== undefined && codec.type.is?.(value) !== true) return expectationOf(codec.type, value);
      return `a valid ${codec.name ?? 'value'}`;
    case 'IntersectionType':
      return unique((codec.types ?? []).map((member) => expectationOf(member, value)));
    case 'UnionType':
      return unique((codec.types ?? []).map((member) => expectationOf(member, value)));
    default:
      return codec.required !== undefined || codec.optional !== undefined ? 'an object' : 'a valid value';
  }
};

/**
 * Turns io-ts validation errors into field problems with dotted paths (`data.attendees.0.role`)
 * and plain-words messages (`expected a list, got "x"`); a codec's own message is kept. Union and
 * intersection branches add numeric keys that are not fields; they are dropped so the path names
 * what the user wrote. A value no member of a union accepts is one problem naming what the union
 * accepts, not one per member.
 */
export const formatValidationErrors = (errors: t.Errors, prefix = ''): FieldProblem[] => {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const keys: string[] = prefix === '' ? [] : [prefix];
    const unions: { readonly codec: Described; readonly depth: number }[] = [];
    for (let i = 0; i < error.context.length; i++) {
      const entry = error.context[i];
      const parent = error.context[i - 1];
      if (entry === undefined) continue;
      if (i > 0 && entry.key !== '' && !isBranching(parent?.type as Described)) keys.push(entry.key);
      const type = entry.type as Described;
      if (type._tag === 'UnionType') unions.push({ codec: type, depth: keys.length });
    }
    const path = keys.join('.');
    const union = unions.find((u) => u.depth === keys.length);
    const last = error.context[error.context.length - 1];
    const message =
      union !== undefined
        ? `expected ${expectationOf(union.codec, error.value)}, got ${describe(error.value)}`
        : (error.message ??
          `expected ${last === undefined ? 'a valid value' : expectationOf(last.type as Described, error.value)}, got ${describe(error.value)}`);
    const key = `${path}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message });
  }
  return problems;
};
