import type { ActionOrigin, ActionStatus } from '@mgmt-review/core';
import { daysBetween } from '@mgmt-review/core';
import type { ActionRecord, ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';

/** How long an overdue action is past its due date, in days. */
export type OverdueBucket = 'notOverdue' | '1-30' | '31-90' | '91+';
/** How long an action has been (or was) open, in days since it was raised. */
export type AgeBucket = '0-30' | '31-90' | '91-180' | '181+';

export const overdueBuckets: readonly OverdueBucket[] = ['notOverdue', '1-30', '31-90', '91+'];
export const ageBuckets: readonly AgeBucket[] = ['0-30', '31-90', '91-180', '181+'];

/** One action on the register, on the day asked about. */
export interface ActionRow {
  readonly actionId: string;
  readonly title: string;
  readonly status: ActionStatus;
  readonly ownerId: string;
  readonly origin: ActionOrigin;
  readonly originId: string;
  readonly decisionId: string | undefined;
  readonly raisedOn: string;
  /** The due date the action was raised with. */
  readonly firstDueDate: string;
  readonly dueDate: string;
  /** Due-date changes that moved it later. */
  readonly slips: number;
  readonly dueDateChanges: number;
  /** Days between the first and the current due date (negative when brought forward). */
  readonly slippedDays: number;
  readonly percentComplete: number | undefined;
  readonly completedOn: string | undefined;
  readonly verifiedOn: string | undefined;
  readonly verifiedBy: string | undefined;
  readonly closedOn: string | undefined;
  readonly cancelledOn: string | undefined;
  readonly reopened: number;
  /** Still to be done: open or in progress. */
  readonly toDo: boolean;
  /** To do, and its due date is before the day asked about (as `isOverdue` of the domain). */
  readonly overdue: boolean;
  readonly daysOverdue: number;
  readonly overdueBucket: OverdueBucket;
  /** Days from raised to closed or cancelled, or to the day asked about while not finished. */
  readonly ageDays: number;
  readonly ageBucket: AgeBucket;
}

export const isToDo = (status: ActionStatus): boolean => status === 'open' || status === 'inProgress';

export const overdueBucketOf = (daysOverdue: number): OverdueBucket =>
  daysOverdue <= 0 ? 'notOverdue' : daysOverdue <= 30 ? '1-30' : daysOverdue <= 90 ? '31-90' : '91+';

export const ageBucketOf = (ageDays: number): AgeBucket =>
  ageDays <= 30 ? '0-30' : ageDays <= 90 ? '31-90' : ageDays <= 180 ? '91-180' : '181+';

/** One action record as a read-only row on `today`. */
export const actionRowOf = (a: ActionRecord, today: string): ActionRow => {
  const toDo = isToDo(a.status);
  const overdue = toDo && a.dueDate < today;
  const daysOverdue = overdue ? daysBetween(a.dueDate, today) : 0;
  const ageDays = daysBetween(a.raisedOn, a.closedOn ?? a.cancelledOn ?? today);
  return {
    actionId: a.actionId,
    title: a.title,
    status: a.status,
    ownerId: a.ownerId,
    origin: a.origin,
    originId: a.originId,
    decisionId: a.decisionId,
    raisedOn: a.raisedOn,
    firstDueDate: a.firstDueDate,
    dueDate: a.dueDate,
    slips: a.slips,
    dueDateChanges: a.dueDateChanges,
    slippedDays: daysBetween(a.firstDueDate, a.dueDate),
    percentComplete: a.percentComplete,
    completedOn: a.completedOn,
    verifiedOn: a.verifiedOn,
    verifiedBy: a.verifiedBy,
    closedOn: a.closedOn,
    cancelledOn: a.cancelledOn,
    reopened: a.reopened,
    toDo,
    overdue,
    daysOverdue,
    overdueBucket: overdueBucketOf(daysOverdue),
    ageDays,
    ageBucket: ageBucketOf(ageDays),
  };
};

export interface ActionRegisterQuery {
  /** The day (or instant) the register is read on: overdue and ageing are relative to it. */
  readonly now: string;
  readonly status?: readonly ActionStatus[];
  readonly ownerId?: string;
  readonly origin?: ActionOrigin;
  /** Only actions overdue on `now`. */
  readonly overdueOnly?: boolean;
}

/** The action register on the day `now`, filtered, ordered by due date (then id). */
export const actionRegister = (state: ViewsState, query: ActionRegisterQuery): readonly ActionRow[] => {
  const today = dayOfNow(query.now);
  const rows: ActionRow[] = [];
  for (const a of state.actions.values()) {
    if (query.status !== undefined && !query.status.includes(a.status)) continue;
    if (query.ownerId !== undefined && a.ownerId !== query.ownerId) continue;
    if (query.origin !== undefined && a.origin !== query.origin) continue;
    const row = actionRowOf(a, today);
    if (query.overdueOnly === true && !row.overdue) continue;
    rows.push(row);
  }
  return rows.sort((x, y) =>
    x.dueDate === y.dueDate ? compareText(x.actionId, y.actionId) : compareText(x.dueDate, y.dueDate),
  );
};

/** Counts of the actions still to be done on `now`: overdue, and by overdue and age bucket. */
export interface ActionAgeing {
  readonly toDo: number;
  readonly overdue: number;
  readonly byOverdueBucket: Readonly<Record<OverdueBucket, number>>;
  readonly byAgeBucket: Readonly<Record<AgeBucket, number>>;
}

/** How old and how late the actions still to be done are, on the day `now`. */
export const actionAgeing = (state: ViewsState, query: { readonly now: string }): ActionAgeing => {
  const today = dayOfNow(query.now);
  const byOverdueBucket: Record<OverdueBucket, number> = { notOverdue: 0, '1-30': 0, '31-90': 0, '91+': 0 };
  const byAgeBucket: Record<AgeBucket, number> = { '0-30': 0, '31-90': 0, '91-180': 0, '181+': 0 };
  let toDo = 0;
  let overdue = 0;
  for (const a of state.actions.values()) {
    if (!isToDo(a.status)) continue;
    const row = actionRowOf(a, today);
    toDo += 1;
    if (row.overdue) overdue += 1;
    byOverdueBucket[row.overdueBucket] += 1;
    byAgeBucket[row.ageBucket] += 1;
  }
  return { toDo, overdue, byOverdueBucket, byAgeBucket };
};
