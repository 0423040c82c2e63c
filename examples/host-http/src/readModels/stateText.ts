/**
 * A projection's state as text and back: JSON, with the values JSON has no form for written as
 * tagged objects (`{"@@map": [[key, value]…]}`, `@@set`, `@@bigint`, `@@undefined`), so a state
 * read back is the state saved — Maps stay Maps, positions stay exact, a field left `undefined`
 * is still there.
 */
const TAGS = ['@@map', '@@set', '@@bigint', '@@undefined'] as const;

/** Sets an own field, also one named `__proto__` (plain assignment would replace the prototype). */
const define = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

const tagged = (value: unknown): unknown => {
  if (value === undefined) return { '@@undefined': true };
  if (typeof value === 'bigint') return { '@@bigint': value.toString() };
  if (value instanceof Map) return { '@@map': [...value].map(([k, v]) => [tagged(k), tagged(v)]) };
  if (value instanceof Set) return { '@@set': [...value].map(tagged) };
  if (Array.isArray(value)) return value.map(tagged);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) define(out, key, tagged(field));
    return out;
  }
  return value;
};

const untagged = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(untagged);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && (TAGS as readonly string[]).includes(keys[0]!)) {
    const [tag] = keys as [(typeof TAGS)[number]];
    switch (tag) {
      case '@@map':
        return new Map((record[tag] as [unknown, unknown][]).map(([k, v]) => [untagged(k), untagged(v)]));
      case '@@set':
        return new Set((record[tag] as unknown[]).map(untagged));
      case '@@bigint':
        return BigInt(record[tag] as string);
      case '@@undefined':
        return undefined;
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) define(out, key, untagged(record[key]));
  return out;
};

/** The state as text (see the module's comment). Throws on a function or a symbol: a state is data. */
export const stateToText = (state: unknown): string => JSON.stringify(tagged(state));

/** The state `stateToText` wrote. */
export const stateFromText = <S>(text: string): S => untagged(JSON.parse(text)) as S;
