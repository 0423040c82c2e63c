import { isPlainJson, personal, structWith } from '@mgmt-review/eventsourcing';
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

/**
 * A value of a base codec (a string, a number) with a rule. Besides its own `validate` (whose
 * failure says what is allowed), it shows itself as a refinement of the base by `isValid` (`_tag`,
 * `type`, `predicate`), so the kernel's compiled validation checks it inline, without building a
 * result object per field.
 */
export const ruled = <A>(
  name: string,
  base: t.Type<A, A, unknown>,
  isValid: (a: A) => boolean,
  allowed: string,
): t.Type<A, A, unknown> =>
  Object.assign(
    new t.Type<A, A, unknown>(
      name,
      (u): u is A => base.is(u) && isValid(u),
      (u, c) => (base.is(u) && isValid(u) ? t.success(u) : t.failure(u, c, `expected ${allowed}, got ${describe(u)}`)),
      t.identity,
    ),
    { _tag: 'RefinementType' as const, type: base, predicate: isValid },
  );

const refinedString = (
  name: string,
  isValid: (s: string) => boolean,
  allowed: string,
): t.Type<string, string, unknown> => ruled(name, t.string, isValid, allowed);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day of the proleptic Gregorian calendar: `2026-02-30` matches the pattern but is
 * not a day. Arithmetic, not `Date`, since every stored event's dates pass through here on read.
 */
const isCalendarDay = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
};

const isCalendarMatch = (match: RegExpExecArray | null): boolean =>
  match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));

export const isIsoDate = (s: string): boolean => isCalendarMatch(ISO_DATE.exec(s));

/** The pattern bounds hours, minutes, seconds and offsets; the calendar check bounds the day. */
export const isIsoDateTime = (s: string): boolean => isCalendarMatch(ISO_DATE_TIME.exec(s));

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

/**
 * Text written in words about one case — a description, a note, a reason, a comment, an evaluation,
 * the name of a document or attachment — which may name a person: marked as personal data, so the
 * store keeps a salted digest of it in the hash chain and a host can erase it (GDPR art. 17)
 * without breaking the chain. `what` says what the field may hold (docs/privacy.md lists it).
 * Labels of the ISMS itself (clauses, controls, processes, criteria, methods, units) are not.
 */
export const personalText = (what: string): typeof NonEmptyString => personal(NonEmptyString, what);

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
): t.Type<t.TypeOf<C>[], t.OutputOf<C>[], unknown> & { readonly item: C } => {
  const list = t.array(item);
  const isNonEmpty = (a: unknown[]): boolean => a.length > 0;
  return Object.assign(
    new t.Type<t.TypeOf<C>[], t.OutputOf<C>[], unknown>(
      `NonEmptyArray<${item.name}>`,
      (u): u is t.TypeOf<C>[] => list.is(u) && u.length > 0,
      (u, c) => {
        if (Array.isArray(u) && u.length === 0) return t.failure(u, c, 'expected at least one item, got []');
        return list.validate(u, c);
      },
      (a) => list.encode(a),
    ),
    // The item codec stays visible, so documentation can be generated from the codec itself; as a
    // refinement of the list, the kernel's compiled validation checks it inline.
    { item, _tag: 'RefinementType' as const, type: list, predicate: isNonEmpty },
  );
};

/** An object with exactly these fields (others are dropped), all required. */
export const struct = <P extends t.Props>(props: P, name?: string) => t.exact(t.type(props), name);

/** An object with these required and optional fields (others are dropped): the kernel's `structWith`. */
export { structWith };

/** One of the given words. */
export const oneOf = <K extends string>(...words: readonly [K, ...K[]]) =>
  t.keyof(
    Object.fromEntries(words.map((w) => [w, null])) as { [k in K]: null },
    words.map((w) => `"${w}"`).join(' | '),
  );

/** A whole number ≥ 1 (scale levels, likelihood, impact, scores). */
export const PositiveInt = ruled(
  'PositiveInt',
  t.number,
  (n) => Number.isInteger(n) && n >= 1,
  'a whole number of at least 1',
);

/** A SHA-256 digest as 64 lowercase hex digits (of canonical JSON: the kernel's `digestOf`). */
export const Digest = refinedString(
  'Digest',
  (s) => /^[0-9a-f]{64}$/.test(s),
  'a SHA-256 digest of 64 lowercase hex digits',
);

/** A store-wide global position as decimal digits (positions are `bigint`s; JSON has no such number). */
export const PositionText = refinedString(
  'PositionText',
  (s) => /^(0|[1-9][0-9]*)$/.test(s),
  'a global position in decimal digits, such as "1042"',
);

/** Plain JSON data whose shape another codec owns (a frozen input pack's computed content). */
export const JsonContent = ruled('JsonContent', t.unknown, isPlainJson, 'plain JSON data');
