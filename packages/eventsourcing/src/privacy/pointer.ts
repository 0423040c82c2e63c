import { ANY_ITEM } from './personal.js';

/**
 * RFC 6901 JSON Pointers into a payload: `/feedbackItems/2/text`. The one place a pointer is
 * written, read and followed.
 */

const escapeSegment = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeSegment = (segment: string): string => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** The pointer of a place given by its segments (`['items', '2', 'text']` → `/items/2/text`). */
export const pointerOf = (segments: readonly string[]): string => segments.map((s) => `/${escapeSegment(s)}`).join('');

/** The segments of a pointer, or `undefined` for text that is not a pointer (it must be empty or start with `/`). */
export const segmentsOf = (pointer: string): readonly string[] | undefined => {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapeSegment);
};

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  value !== null && typeof value === 'object';

const childOf = (value: unknown, segment: string): unknown => {
  if (Array.isArray(value)) return /^(0|[1-9]\d*)$/.test(segment) ? value[Number(segment)] : undefined;
  return isContainer(value) && Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
};

/** The value at a pointer, or `undefined` where there is none. */
export const valueAt = (data: unknown, pointer: string): unknown => {
  const segments = segmentsOf(pointer);
  if (segments === undefined) return undefined;
  let value = data;
  for (const segment of segments) value = childOf(value, segment);
  return value;
};

/**
 * A copy of `data` with the value at each pointer replaced (copied along the replaced paths only;
 * the rest is shared). A pointer to no value is left out: what it named is not there.
 */
export const withValuesAt = (data: unknown, replacements: ReadonlyMap<string, unknown>): unknown => {
  let result = data;
  for (const [pointer, replacement] of replacements) {
    const segments = segmentsOf(pointer);
    if (segments === undefined || valueAt(result, pointer) === undefined) continue;
    result = replaced(result, segments, 0, replacement);
  }
  return result;
};

const replaced = (value: unknown, segments: readonly string[], at: number, replacement: unknown): unknown => {
  if (at === segments.length) return replacement;
  const segment = segments[at]!;
  const child = replaced(childOf(value, segment), segments, at + 1, replacement);
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(segment)] = child;
    return copy;
  }
  return { ...(value as Record<string, unknown>), [segment]: child };
};

/**
 * The concrete places of a payload that the personal field patterns name and that hold a string
 * (`feedbackItems.*.text` → `/feedbackItems/0/text`, `/feedbackItems/1/text`), in payload order.
 */
export const personalPointersIn = (patterns: readonly string[], data: unknown): readonly string[] => {
  const found: string[] = [];
  for (const pattern of patterns) {
    collect(data, pattern === '' ? [] : pattern.split('.'), 0, [], found);
  }
  return found;
};

const collect = (value: unknown, pattern: readonly string[], at: number, path: string[], into: string[]): void => {
  if (at === pattern.length) {
    if (typeof value === 'string') into.push(pointerOf(path));
    return;
  }
  const segment = pattern[at]!;
  if (segment === ANY_ITEM) {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        collect(value[index], pattern, at + 1, [...path, String(index)], into);
      }
    } else if (isContainer(value)) {
      for (const key of Object.keys(value))
        collect((value as Record<string, unknown>)[key], pattern, at + 1, [...path, key], into);
    }
    return;
  }
  if (isContainer(value) && !Array.isArray(value) && Object.hasOwn(value, segment)) {
    collect(value[segment], pattern, at + 1, [...path, segment], into);
  }
};
