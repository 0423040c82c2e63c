/** Day arithmetic on ISO-8601 calendar days (`YYYY-MM-DD`, UTC). */

const MS_PER_DAY = 86_400_000;

/** The UTC day of an ISO-8601 instant or day; UTC instants (`…Z`) take the fast path a fold needs. */
export const dayOfInstant = (at: string): string =>
  at.length === 10 || at.endsWith('Z') ? at.slice(0, 10) : new Date(Date.parse(at)).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);

/** The day `days` days after `day`. */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
