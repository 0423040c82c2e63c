import { addDays, daysBetween } from '@mgmt-review/core';
import type { ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { isToDo } from './actionRegister.js';
import { nextReviewPlan } from './nextReview.js';
import { compareText } from './order.js';

/**
 * What falls due on a day:
 * - `review`: a scheduled review's planned date;
 * - `nextReview`: the next review a held review planned, not scheduled as a review yet;
 * - `actionDue`: the due date of an action still to be done;
 * - `nonConformityDue`: the latest due date of the open corrective actions of an open nonconformity;
 * - `acceptanceExpiry`: the day a residual-risk acceptance expires.
 */
export type CalendarEntryKind = 'review' | 'nextReview' | 'actionDue' | 'nonConformityDue' | 'acceptanceExpiry';

export interface CalendarEntry {
  readonly date: string;
  readonly kind: CalendarEntryKind;
  /** The review, action, nonconformity or risk the entry is about. */
  readonly subjectId: string;
  /** Who to remind: the chair, the action owner, the nonconformity owner, the risk owner. */
  readonly ownerId: string | undefined;
  /** Days from the day asked about (negative when past). */
  readonly daysFromNow: number;
}

export interface Calendar {
  /** Entries dated before the day asked about: late. */
  readonly pastDue: readonly CalendarEntry[];
  /** Entries from the day asked about to the horizon, soonest first. */
  readonly upcoming: readonly CalendarEntry[];
}

export interface CalendarQuery {
  readonly now: string;
  /** Days ahead `upcoming` reaches; without it, every future entry. */
  readonly horizon?: number;
}

/** Every dated entry of the views, in date order (then kind, then subject). */
export const calendarEntries = (state: ViewsState, today: string): CalendarEntry[] => {
  const entries: CalendarEntry[] = [];
  const add = (date: string, kind: CalendarEntryKind, subjectId: string, ownerId: string | undefined) =>
    entries.push({ date, kind, subjectId, ownerId, daysFromNow: daysBetween(today, date) });
  const plan = nextReviewPlan(state);
  for (const r of plan.scheduled) add(r.plannedDate, 'review', r.reviewId, r.chairId);
  for (const n of plan.announced) {
    add(n.plannedDate, 'nextReview', n.fromReviewId, state.reviews.get(n.fromReviewId)?.chairId);
  }
  for (const a of state.actions.values()) if (isToDo(a.status)) add(a.dueDate, 'actionDue', a.actionId, a.ownerId);
  for (const n of state.nonConformities.values()) {
    if (n.status === 'closed') continue;
    let latest: string | undefined;
    for (const actionId of n.plannedActionIds) {
      const a = state.actions.get(actionId);
      if (a !== undefined && isToDo(a.status) && (latest === undefined || a.dueDate > latest)) latest = a.dueDate;
    }
    if (latest !== undefined) add(latest, 'nonConformityDue', n.nonConformityId, n.ownerId);
  }
  for (const r of state.risks.values()) {
    if (r.stage === 'accepted' && r.acceptance !== undefined) {
      add(r.acceptance.expiresOn, 'acceptanceExpiry', r.riskId, r.ownerId);
    }
  }
  return entries.sort((x, y) =>
    x.date !== y.date
      ? compareText(x.date, y.date)
      : x.kind !== y.kind
        ? compareText(x.kind, y.kind)
        : compareText(x.subjectId, y.subjectId),
  );
};

/** The calendar on the day `now`: what is past due, and what falls due up to the horizon. */
export const calendar = (state: ViewsState, query: CalendarQuery): Calendar => {
  const today = dayOfNow(query.now);
  const until = query.horizon === undefined ? undefined : addDays(today, query.horizon);
  const pastDue: CalendarEntry[] = [];
  const upcoming: CalendarEntry[] = [];
  for (const entry of calendarEntries(state, today)) {
    if (entry.date < today) pastDue.push(entry);
    else if (until === undefined || entry.date <= until) upcoming.push(entry);
  }
  return { pastDue, upcoming };
};
