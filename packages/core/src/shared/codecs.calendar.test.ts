import { fc, it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isIsoDate, isIsoDateTime } from './codecs.js';

/** What `Date` says of a day: the reference the arithmetic check must agree with. */
const isDayByDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('calendar dates', () => {
  it.prop([fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })])(
    'a date is accepted exactly when it is a day of the calendar',
    (year, month, day) => {
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      const expected = month >= 1 && month <= 12 && day >= 1 && isDayByDate(year, month, day);
      expect(isIsoDate(text)).toBe(expected);
      expect(isIsoDateTime(`${text}T09:30:00Z`)).toBe(expected);
      if (expected) expect(Number.isNaN(Date.parse(`${text}T09:30:00+02:00`))).toBe(false);
    },
  );

  it('refuses hours, minutes, seconds and offsets out of range, and a missing time zone', () => {
    for (const bad of [
      '2026-03-31T24:00Z',
      '2026-03-31T10:60Z',
      '2026-03-31T10:00:60Z',
      '2026-03-31T10:00+24:00',
      '2026-03-31T10:00',
    ]) {
      expect(isIsoDateTime(bad)).toBe(false);
    }
    expect(isIsoDateTime('2024-02-29T23:59:59.123456Z')).toBe(true);
    expect(isIsoDateTime('2100-02-29T00:00Z')).toBe(false);
  });
});
