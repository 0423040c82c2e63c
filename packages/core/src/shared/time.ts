const MS_PER_DAY = 86_400_000;

/**
 * The calendar day (UTC) of an ISO-8601 instant or day: `2026-03-31T23:30:00-02:00` is `2026-04-01`.
 * Days and instants written in UTC (`…Z`, the form every clock of the kernel writes) take the fast
 * path: projections call this once per event.
 */
export const dayOf = (at: string): string =>
  at.length === 10 || at.endsWith('Z') ? at.slice(0, 10) : new Date(Date.parse(at)).toISOString().slice(0, 10);

/** Whole days from `from` to `to`, both ISO-8601 days or instants (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);

/** The day (`YYYY-MM-DD`) `days` calendar days after `day` (negative goes back). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(day) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** Whether instant `a` is strictly before instant `b` (both ISO-8601). */
export const isBefore = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);

/** The day `months` calendar months after `day` (`YYYY-MM-DD`), clamped to the month's last day. */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
};
