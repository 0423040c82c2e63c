import type { Dated } from '../state.js';
import { type Span, within } from './measured.js';

/** The entry in force at the end of `day` (the last one dated on or before it), or undefined before the first. */
export const lastOn = <T extends { readonly day: string }>(entries: readonly T[], day: string): T | undefined => {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.day <= day) return entries[i];
  return undefined;
};

/** The status in force at the end of `day`, or undefined before the record began. */
export const statusAt = <S>(statuses: readonly Dated<S>[], day: string): S | undefined => lastOn(statuses, day)?.value;

/** Whether the record entered `status` on a day of the span. */
export const enteredIn = <S>(statuses: readonly Dated<S>[], status: S, span: Span): boolean =>
  statuses.some((s) => s.value === status && within(s.day, span));
