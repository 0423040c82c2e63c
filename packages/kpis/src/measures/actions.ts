import type { ActionStatus } from '@mgmt-review/core';
import type { KpiActionRecord, KpiState } from '../state.js';
import { lastOn } from './dated.js';
import { count, type Measures, percent, type Span, within } from './measured.js';

/** The action's status at the end of `day`, or undefined before it was raised. */
export const statusOn = (a: KpiActionRecord, day: string): ActionStatus | undefined => lastOn(a.statuses, day)?.status;

/** The due date in force at the end of `day`. */
export const dueDateOn = (a: KpiActionRecord, day: string): string =>
  (lastOn(a.dueDates, day) ?? a.dueDates[0]!).dueDate;

/** Actions raised, closed (on time), overdue at period end, slips; corrective actions verified and pending. */
export const actionMeasures = (state: KpiState, span: Span): Measures => {
  let raised = 0;
  let closed = 0;
  let closedOnTime = 0;
  let overdue = 0;
  let slips = 0;
  let correctiveVerified = 0;
  let correctivePending = 0;
  for (const a of state.actions.values()) {
    if (within(a.raisedOn, span)) raised += 1;
    if (within(a.closedOn, span)) {
      closed += 1;
      if (a.closedOnTime) closedOnTime += 1;
    }
    for (const day of a.slips) if (within(day, span)) slips += 1;
    const status = statusOn(a, span.end);
    if ((status === 'open' || status === 'inProgress') && dueDateOn(a, span.end) <= span.end) overdue += 1;
    if (a.corrective) {
      for (const day of a.verifiedOn) if (within(day, span)) correctiveVerified += 1;
      if (status === 'open' || status === 'inProgress' || status === 'completed') correctivePending += 1;
    }
  }
  return {
    actionsRaised: count(raised),
    actionsClosed: count(closed),
    actionsClosedOnTime: count(closedOnTime),
    actionsClosedOnTimeRate: { value: percent(closedOnTime, closed) },
    actionsOverdueAtPeriodEnd: count(overdue),
    dueDateSlips: count(slips),
    correctiveActionsVerified: count(correctiveVerified),
    correctiveActionsPending: count(correctivePending),
  };
};
