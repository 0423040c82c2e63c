const NOT_PLAIN: unique symbol = Symbol('not plain JSON');

/** A copy of `value` if it is plain JSON data; `NOT_PLAIN` for anything JSON.stringify would transform. */
const copyPlain = (value: unknown): unknown => {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON has no NaN or Infinity, and writes -0 as 0.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : NOT_PLAIN;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = copyPlain(value[i]);
          if (item === NOT_PLAIN || item === undefined) return NOT_PLAIN;
          out[i] = item;
        }
        return out;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return NOT_PLAIN;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(source)) {
        const field = source[key];
        if (field === undefined) continue;
        if (key === '__proto__') return NOT_PLAIN;
        const copied = copyPlain(field);
        if (copied === NOT_PLAIN) return NOT_PLAIN;
        out[key] = copied;
      }
      return out;
    }
    default:
      return NOT_PLAIN;
  }
};

/**
 * The JSON form of a value, as `JSON.parse(JSON.stringify(value))` gives it, and always a fresh copy
 * (a stored payload never shares objects with the caller). Plain data is copied directly; anything
 * JSON.stringify would transform (a Date, a `toJSON`, a non-finite number, undefined in an array)
 * takes the JSON round trip itself.
 */
export const toJsonValue = (value: unknown): unknown => {
  const copied = copyPlain(value);
  if (copied !== NOT_PLAIN) return copied;
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

/** Whether `value` is plain JSON data: what `JSON.parse` could have given, with nothing to transform. */
export const isPlainJson = (value: unknown): boolean => value !== undefined && copyPlain(value) !== NOT_PLAIN;
