import { dayOf } from '@mgmt-review/core';

/**
 * The day a query is asked on: `now` as an ISO-8601 day or instant. Views keep days, not instants:
 * due dates, planned dates and expiry dates are days, and "now" is turned into the day it falls on.
 * A value that is neither is a bug in the caller, reported as a `RangeError` naming it.
 */
export const dayOfNow = (now: string): string => {
  if (typeof now !== 'string' || Number.isNaN(Date.parse(now)) || !/^\d{4}-\d{2}-\d{2}/.test(now)) {
    throw new RangeError(`now: expected an ISO-8601 day or instant such as 2026-03-31, got ${JSON.stringify(now)}`);
  }
  return dayOf(now);
};
