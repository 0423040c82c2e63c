import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/**
 * The codecs every command and event is built from. Each one refuses a bad value with a message
 * that says what is allowed; the field path is added by the kernel's `formatValidationErrors`.
 */

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 40 ? `${json.slice(0, 37)}...` : json;
};

const refinedString = (
  name: string,
  isValid: (s: string) => boolean,
  allowed: string,
): t.Type<string, string, unknown> =>
  new t.Type<string, string, unknown>(
    name,
    (u): u is string => typeof u === 'string' && isValid(u),
    (u, c) =>
      typeof u === 'string' && isValid(u) ? t.success(u) : t.failure(u, c, `expected ${allowed}, got ${describe(u)}`),
    t.identity,
  );

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar day: `2026-02-30` matches the pattern but is not a day. */
const isCalendarDate = (s: string): boolean => {
  const match = ISO_DATE.exec(s);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const isIsoDate = (s: string): boolean => isCalendarDate(s);

export const isIsoDateTime = (s: string): boolean => {
  const match = ISO_DATE_TIME.exec(s);
  return match !== null && isCalendarDate(match[1] ?? '') && !Number.isNaN(Date.parse(s));
};

/** A calendar day, ISO-8601 `YYYY-MM-DD` (planned dates, due dates, expiry dates). */
export const IsoDate = refinedString('IsoDate', isIsoDate, 'an ISO-8601 date such as 2026-03-31');

/** An instant, ISO-8601 with a time zone (`2026-03-31T09:00:00Z`): when a command happened. */
export const IsoDateTime = refinedString(
  'IsoDateTime',
  isIsoDateTime,
  'an ISO-8601 date-time with a time zone such as 2026-03-31T09:00:00Z',
);

/** Text that is not blank. */
export const NonEmptyString = refinedString('NonEmptyString', (s) => s.trim().length > 0, 'a non-empty string');

const AGGREGATE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,149}$/;

/** The id of an aggregate or of an item inside one: fits a stream id (`review-<id>`). */
export const Id = refinedString(
  'Id',
  (s) => AGGREGATE_ID.test(s),
  'an id of letters, digits and _.:- (at most 150 characters)',
);

/** A person: the host's user id and role. Never a name or an e-mail. */
export const Person = t.exact(t.type({ id: Id, role: NonEmptyString }), 'Person');
export type Person = t.TypeOf<typeof Person>;

/** A list with at least one element. */
export const nonEmptyArray = <C extends t.Mixed>(
  item: C,
): t.Type<t.TypeOf<C>[], t.OutputOf<C>[], unknown> & { readonly item: C } =>
  Object.assign(
    new t.Type<t.TypeOf<C>[], t.OutputOf<C>[], unknown>(
      `NonEmptyArray<${item.name}>`,
      (u): u is t.TypeOf<C>[] => t.array(item).is(u) && u.length > 0,
      (u, c) => {
        if (Array.isArray(u) && u.length === 0) return t.failure(u, c, 'expected at least one item, got []');
        return t.array(item).validate(u, c);
      },
      (a) => t.array(item).encode(a),
    ),
    // The item codec stays visible, so documentation can be generated from the codec itself.
    { item },
  );

/** An object with exactly these fields (others are dropped), all required. */
export const struct = <P extends t.Props>(props: P, name?: string) => t.exact(t.type(props), name);

/**
 * An object with these required and optional fields (others are dropped). Not an io-ts
 * intersection, so that a field's error path is the field's name and not an intersection index.
 */
export const structWith = <P extends t.Props, O extends t.Props>(required: P, optional: O, name?: string) => {
  type A = t.TypeOf<t.TypeC<P>> & t.TypeOf<t.PartialC<O>>;
  type Out = t.OutputOf<t.TypeC<P>> & t.OutputOf<t.PartialC<O>>;
  const mandatory = t.exact(t.type(required));
  const optionals = t.exact(t.partial(optional));
  const codec = new t.Type<A, Out, unknown>(
    name ?? `{ ${[...Object.keys(required), ...Object.keys(optional).map((k) => `${k}?`)].join(', ')} }`,
    (u): u is A => mandatory.is(u) && optionals.is(u),
    (u, c) => {
      const a = mandatory.validate(u, c);
      const b = optionals.validate(u, c);
      if (isLeft(a) || isLeft(b)) return t.failures([...(isLeft(a) ? a.left : []), ...(isLeft(b) ? b.left : [])]);
      return t.success(Object.assign(a.right, b.right) as A);
    },
    (a) => Object.assign(mandatory.encode(a), optionals.encode(a)) as Out,
  );
  // The fields stay visible, so documentation can be generated from the codec itself.
  return Object.assign(codec, { required, optional });
};

/** One of the given words. */
export const oneOf = <K extends string>(...words: readonly [K, ...K[]]) =>
  t.keyof(
    Object.fromEntries(words.map((w) => [w, null])) as { [k in K]: null },
    words.map((w) => `"${w}"`).join(' | '),
  );

/** A whole number ≥ 1 (scale levels, likelihood, impact, scores). */
export const PositiveInt = new t.Type<number, number, unknown>(
  'PositiveInt',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 1,
  (u, c) =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1
      ? t.success(u)
      : t.failure(u, c, `expected a whole number of at least 1, got ${describe(u)}`),
  t.identity,
);
