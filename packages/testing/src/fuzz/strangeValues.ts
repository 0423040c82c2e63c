/**
 * Values a careless or hostile host may send in place of a valid one: boundary and impossible
 * dates, huge and unusual text (right-to-left, emoji, NUL, lone surrogates), numbers JSON cannot
 * carry, and values of the wrong type. Each comes with a label, so a failing case says what it sent.
 */
export interface StrangeValue {
  readonly label: string;
  readonly value: unknown;
}

/** One megabyte of text: a field no domain limit expects. */
const oneMegabyte = 'x'.repeat(1024 * 1024);

/** Dates and instants at and beyond the edge of the calendar. */
export const strangeDates: readonly StrangeValue[] = [
  { label: 'an impossible day (2026-02-30)', value: '2026-02-30' },
  { label: 'a day that exists only in leap years (2025-02-29)', value: '2025-02-29' },
  { label: 'month 13', value: '2026-13-01' },
  { label: 'the last day of 9999', value: '9999-12-31' },
  { label: 'hour 24 on the last day of 9999', value: '9999-12-31T24:00:00Z' },
  { label: 'year 0', value: '0000-01-01' },
  { label: 'year 0 as an instant', value: '0000-01-01T00:00:00Z' },
  { label: 'a five-digit year', value: '+10000-01-01T00:00:00Z' },
  { label: 'an instant without its zone', value: '2026-03-31T09:00:00' },
  { label: 'minute 60', value: '2026-03-31T09:60:00Z' },
  { label: 'a date written the US way', value: '03/31/2026' },
  { label: 'a day number', value: 20260331 },
];

/** Text that is valid JSON but unusual for a field. */
export const strangeTexts: readonly StrangeValue[] = [
  { label: 'empty text', value: '' },
  { label: 'only spaces', value: '   ' },
  { label: 'one megabyte of text', value: oneMegabyte },
  { label: 'right-to-left text', value: '\u202Eمراجعة الإدارة\u202C' },
  { label: 'emoji', value: '🔐🧯👩🏽‍💻' },
  { label: 'a NUL character', value: 'before\u0000after' },
  { label: 'a lone high surrogate', value: 'lone \uD800 surrogate' },
  { label: 'a lone low surrogate', value: '\uDC00' },
  { label: 'control characters', value: '\u0001\u0007\u001b[31m' },
  { label: 'a prototype key as text', value: '__proto__' },
];

/** Values of the wrong type for almost every field. */
export const wrongTypes: readonly StrangeValue[] = [
  { label: 'null', value: null },
  { label: 'true', value: true },
  { label: 'zero', value: 0 },
  { label: 'a negative number', value: -1 },
  { label: 'a fraction', value: 0.5 },
  { label: 'NaN', value: Number.NaN },
  { label: 'Infinity', value: Number.POSITIVE_INFINITY },
  { label: 'a number beyond 2^53', value: 2 ** 60 },
  { label: 'an empty list', value: [] },
  { label: 'an empty object', value: {} },
  { label: 'text', value: 'not what was expected' },
  { label: 'a list of text', value: ['a', 'b'] },
];

/** Every strange value, in one list. */
export const strangeValues: readonly StrangeValue[] = [...strangeDates, ...strangeTexts, ...wrongTypes];

/**
 * Keys that reach an object's prototype when code copies fields naively: set as own properties (as
 * `JSON.parse` does), so the input really carries them.
 */
export const prototypeKeys: readonly string[] = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'];
