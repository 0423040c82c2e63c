import { type Either, isLeft, left } from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import type { FieldProblem } from './errors.js';
import { type FieldTree, fieldTreeOf } from './fieldTree.js';
import { nearestName } from './nearestName.js';
import { formatValidationErrors } from './validation.js';

export { type FieldTree, fieldTreeOf, type KnownField, type UnionMember, UnsupportedCodec } from './fieldTree.js';
export { editDistance, nearestName } from './nearestName.js';

/** Keys that name an object's prototype machinery: never a field, in any object or record. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u);

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/**
 * Whether an object is plain data: its prototype is `Object.prototype` (of any realm) or none. An
 * object whose prototype was replaced — `Object.assign({}, JSON.parse('{"__proto__": {…}}'))` does
 * that — reads fields it does not own, so it is refused as having an unknown field `__proto__`.
 */
const isPlain = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || Object.getPrototypeOf(prototype) === null;
};

const unknownField = (path: string, key: string, suggestion: string | undefined): FieldProblem => ({
  path: join(path, key),
  message: suggestion === undefined ? 'unknown field' : `unknown field — did you mean ${suggestion}?`,
});

const collect = (tree: FieldTree, value: unknown, path: string, problems: FieldProblem[]): void => {
  switch (tree.kind) {
    case 'value':
      return;
    case 'list':
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) collect(tree.item, item, join(path, String(i)), problems);
      }
      return;
    case 'record':
      if (!isObject(value)) return;
      if (!isPlain(value)) problems.push(unknownField(path, '__proto__', undefined));
      for (const key of Object.keys(value)) {
        if (PROTOTYPE_KEYS.has(key)) problems.push(unknownField(path, key, undefined));
        else collect(tree.value, value[key], join(path, key), problems);
      }
      return;
    case 'object': {
      if (!isObject(value)) return;
      if (!isPlain(value)) problems.push(unknownField(path, '__proto__', undefined));
      const keys = Object.keys(value);
      for (const key of keys) {
        const field = PROTOTYPE_KEYS.has(key) ? undefined : tree.fields.get(key);
        if (field !== undefined) {
          collect(field.tree, value[key], join(path, key), problems);
          continue;
        }
        // Suggest only a field the input left out: a name it already has is not what it meant.
        const missing = [...tree.fields.keys()].filter((name) => !Object.hasOwn(value, name));
        problems.push(unknownField(path, key, PROTOTYPE_KEYS.has(key) ? undefined : nearestName(key, missing)));
      }
      return;
    }
    case 'union': {
      // The value is checked against the members it is meant for: those that accept it, else those
      // of its shape. It passes when one of them knows all its fields; otherwise the member with the
      // fewest unknown fields names them.
      const accepting = tree.members.filter((m) => m.codec.is(value));
      const candidates = accepting.length > 0 ? accepting : tree.members.filter((m) => fits(m.tree, value));
      let fewest: FieldProblem[] | undefined;
      for (const member of candidates) {
        const found: FieldProblem[] = [];
        collect(member.tree, value, path, found);
        if (found.length === 0) return;
        if (fewest === undefined || found.length < fewest.length) fewest = found;
      }
      problems.push(...(fewest ?? []));
      return;
    }
  }
};

const fits = (tree: FieldTree, value: unknown): boolean =>
  tree.kind === 'list' ? Array.isArray(value) : tree.kind === 'value' ? false : isObject(value);

/**
 * The fields of `value` its codec does not know, at any depth (inside lists and records too), each
 * with its dotted path (`attendees.0.rol`) and, when one is near, the known field it likely meant.
 * `__proto__`, `constructor` and `prototype` are never known fields.
 */
export const unknownFields = (codec: t.Mixed, value: unknown, prefix = ''): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  collect(fieldTreeOf(codec), value, prefix, problems);
  return problems;
};

/**
 * Decodes like `codec.decode`, and refuses fields the codec does not know instead of dropping them.
 * The problems list the unknown fields first, then the codec's own (a missing required field next
 * to a misspelt one: both are named), with the paths prefixed by `prefix`.
 */
export const decodeStrict = <C extends t.Mixed>(
  codec: C,
  value: unknown,
  prefix = '',
): Either<readonly FieldProblem[], t.TypeOf<C>> => {
  const unknown = unknownFields(codec, value, prefix);
  const decoded = codec.decode(value) as t.Validation<t.TypeOf<C>>;
  if (unknown.length === 0 && !isLeft(decoded)) return decoded;
  return left([...unknown, ...(isLeft(decoded) ? formatValidationErrors(decoded.left, prefix) : [])]);
};
