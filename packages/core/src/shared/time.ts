/** The calendar day (UTC) of an ISO-8601 instant: `2026-03-31T23:30:00-02:00` is `2026-04-01`. */
export const dayOf = (at: string): string => new Date(Date.parse(at)).toISOString().slice(0, 10);

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
