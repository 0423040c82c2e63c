/**
 * Day arithmetic on ISO-8601 calendar days (`YYYY-MM-DD`, UTC). Views keep days, not instants:
 * due dates, planned dates and expiry dates are days, and "now" is turned into the day it falls on.
 */

const MS_PER_DAY = 86_400_000;

/**
 * The UTC day of an ISO-8601 instant or day. Instants written in UTC (`…Z`), the form every clock
 * of the kernel writes, take the fast path: projections call this once per event.
 */
export const dayOfInstant = (at: string): string =>
  at.length === 10 || at.endsWith('Z') ? at.slice(0, 10) : new Date(Date.parse(at)).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);

/** The day `days` days after `day`. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(day) + days * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * The day a query is asked on: `now` as an ISO-8601 day or instant. A value that is neither is a
 * bug in the caller, reported as a `RangeError` naming it.
 */
export const dayOfNow = (now: string): string => {
  if (typeof now !== 'string' || Number.isNaN(Date.parse(now)) || !/^\d{4}-\d{2}-\d{2}/.test(now)) {
    throw new RangeError(`now: expected an ISO-8601 day or instant such as 2026-03-31, got ${JSON.stringify(now)}`);
  }
  return dayOfInstant(now);
};
