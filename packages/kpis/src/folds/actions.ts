import { type ActionEvent, type ActionFact, actionLifecycle } from '@mgmt-review/core';
import type { KpiActionRecord, KpiState } from '../state.js';

const dueDateOn = (a: KpiActionRecord): string => a.dueDates[a.dueDates.length - 1]!.dueDate;

/**
 * Clears what the KPI facts hold of a lapsed fact. A reopened action's completion lapses; the days
 * it was verified stay, as the history of every round (a verification counts in its period).
 */
const lapse = (a: KpiActionRecord, fact: ActionFact): void => {
  if (fact === 'completion') a.completedOn = undefined;
};

/** What the KPI facts record of each event beyond the status: dates, slips, due dates. */
const record = (a: KpiActionRecord, event: ActionEvent, day: string): void => {
  switch (event.type) {
    case 'ActionDueDateChanged':
      if (event.data.dueDate > event.data.previousDueDate) a.slips.push(day);
      a.dueDates.push({ day, dueDate: event.data.dueDate });
      return;
    case 'ActionCompleted':
      a.completedOn = day;
      return;
    case 'ActionVerified':
      a.verifiedOn.push(day);
      return;
    case 'ActionClosed':
      a.closedOn = day;
      a.closedOnTime = a.completedOn !== undefined && a.completedOn <= dueDateOn(a);
      return;
    default:
      return;
  }
};

/**
 * Folds one action event into the KPI facts, in place. Each status the action's life cycle gives
 * is kept with the day it began; what lapses is cleared as the life cycle says.
 */
export const applyAction = (state: KpiState, event: ActionEvent, day: string): void => {
  if (event.type === 'ActionRaised') {
    const d = event.data;
    state.actions.set(d.actionId, {
      raisedOn: day,
      corrective: d.origin === 'nonConformity' || state.plannedCorrective.has(d.actionId),
      statuses: [{ day, status: actionLifecycle.statusAfter(actionLifecycle.initial, event) }],
      dueDates: [{ day, dueDate: d.dueDate }],
      slips: [],
      completedOn: undefined,
      closedOn: undefined,
      closedOnTime: false,
      verifiedOn: [],
    });
    return;
  }
  const a = state.actions.get(event.data.actionId);
  if (a === undefined) return;
  for (const fact of actionLifecycle.lapses(event)) lapse(a, fact);
  record(a, event, day);
  const before = a.statuses[a.statuses.length - 1]!.status;
  const after = actionLifecycle.statusAfter(before, event);
  if (after !== before) a.statuses.push({ day, status: after });
};
