import { dayOf } from '@mgmt-review/core';

/**
 * The day a query parameter names: an ISO-8601 day or instant. Views keep days, not instants: due
 * dates, planned dates and expiry dates are days, and an instant is turned into the day it falls
 * on. A value that is neither is a bug in the caller, reported as a `RangeError` naming the parameter.
 */
export const dayOfParameter = (value: string, name: string): string => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new RangeError(
      `${name}: expected an ISO-8601 day or instant such as 2026-03-31, got ${JSON.stringify(value)}`,
    );
  }
  return dayOf(value);
};

/** The day a query is asked on: `now` as an ISO-8601 day or instant. */
export const dayOfNow = (now: string): string => dayOfParameter(now, 'now');
