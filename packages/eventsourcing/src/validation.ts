import type * as t from 'io-ts';
import type { FieldProblem } from './errors.js';

const describe = (value: unknown): string => {
  if (value === undefined) return 'missing';
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return String(value);
  }
};

type Described = { readonly _tag?: string; readonly type?: Described };

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

/**
 * Turns io-ts validation errors into field problems with dotted paths (`data.attendees.0.role`).
 * Union and intersection branches add numeric keys that are not fields; they are dropped so the
 * path names what the user wrote.
 */
export const formatValidationErrors = (errors: t.Errors, prefix = ''): FieldProblem[] => {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const keys: string[] = prefix === '' ? [] : [prefix];
    for (let i = 1; i < error.context.length; i++) {
      const entry = error.context[i];
      const parent = error.context[i - 1];
      if (entry === undefined || parent === undefined) continue;
      if (isBranching(parent.type as Described)) continue;
      if (entry.key !== '') keys.push(entry.key);
    }
    const path = keys.join('.');
    const last = error.context[error.context.length - 1];
    const expected = error.message ?? `expected ${last?.type.name ?? 'a valid value'}`;
    const message = error.message ?? `${expected}, got ${describe(error.value)}`;
    const key = `${path}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message });
  }
  return problems;
};
