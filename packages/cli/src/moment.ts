import type { AsOf, Clock } from '@mgmt-review/eventsourcing';
import { UsageError } from './exitCodes.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-03-31` → the last millisecond of that day (UTC); a full ISO-8601 instant is kept as given. */
export const instantOf = (text: string, option: string): string => {
  const instant = DAY.test(text) ? `${text}T23:59:59.999Z` : text;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new UsageError(`${option} ${text}: expected a date (YYYY-MM-DD) or an ISO-8601 instant`);
  return new Date(ms).toISOString();
};

/** `2026-03-31` (or an instant) → the day `YYYY-MM-DD`. */
export const dayOf = (text: string, option: string): string => instantOf(text, option).slice(0, 10);

/**
 * The moment a read command answers for. With `--as-of`, what had been recorded by then (or, with
 * `--effective`, what had happened by then), and "now" is that moment; without it, the whole history
 * and the clock's now.
 */
export const momentOf = (
  options: { readonly asOf?: string; readonly effective?: boolean },
  clock: Clock,
): { readonly asOf: AsOf | undefined; readonly now: string } => {
  if (options.asOf === undefined) return { asOf: undefined, now: clock.now() };
  const instant = instantOf(options.asOf, '--as-of');
  return { asOf: options.effective === true ? { occurredAt: instant } : { recordedAt: instant }, now: instant };
};
