import { type ActionEvent, type ActionFact, actionLifecycle, dayOf } from '@mgmt-review/core';
import type { ActionRecord } from '../state.js';

const newAction = (event: Extract<ActionEvent, { type: 'ActionRaised' }>, day: string): ActionRecord => {
  const d = event.data;
  return {
    actionId: d.actionId,
    title: d.title,
    status: actionLifecycle.statusAfter(actionLifecycle.initial, event),
    ownerId: d.owner.id,
    origin: d.origin,
    originId: d.originId,
    decisionId: d.decisionId,
    raisedOn: day,
    firstDueDate: d.dueDate,
    dueDate: d.dueDate,
    slips: 0,
    dueDateChanges: 0,
    percentComplete: undefined,
    completedOn: undefined,
    verifiedOn: undefined,
    verifiedBy: undefined,
    closedOn: undefined,
    cancelledOn: undefined,
    reopened: 0,
    lastActivityOn: day,
  };
};

/** Clears the fields of the register that record a fact of the action's life cycle that lapsed. */
const lapse = (a: ActionRecord, fact: ActionFact): void => {
  switch (fact) {
    case 'completion':
      a.completedOn = undefined;
      return;
    case 'verification':
      a.verifiedOn = undefined;
      a.verifiedBy = undefined;
      return;
  }
};

/** What the register records of each event beyond the action's status: dates, figures, who. */
const record = (a: ActionRecord, event: ActionEvent, day: string): void => {
  switch (event.type) {
    case 'ActionProgressNoted':
      if (event.data.percentComplete !== undefined) a.percentComplete = event.data.percentComplete;
      return;
    case 'ActionDueDateChanged':
      a.dueDateChanges += 1;
      if (event.data.dueDate > event.data.previousDueDate) a.slips += 1;
      a.dueDate = event.data.dueDate;
      return;
    case 'ActionCompleted':
      a.completedOn = day;
      return;
    case 'ActionVerified':
      a.verifiedOn = day;
      a.verifiedBy = event.data.verifiedBy;
      return;
    case 'ActionClosed':
      a.closedOn = day;
      return;
    case 'ActionReopened':
      a.reopened += 1;
      return;
    case 'ActionCancelled':
      a.cancelledOn = day;
      return;
    default:
      return;
  }
};

/**
 * Folds one action event into the action records, in place, and indexes a new action under the
 * id of what it comes from. The status and what lapses come from the action's life cycle; the
 * register adds the dates and figures. Events of an action the records do not know are ignored.
 */
export const applyActionEvent = (
  actions: Map<string, ActionRecord>,
  byOrigin: Map<string, string[]>,
  event: ActionEvent,
): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'ActionRaised') {
    const d = event.data;
    actions.set(d.actionId, newAction(event, day));
    const siblings = byOrigin.get(d.originId);
    if (siblings === undefined) byOrigin.set(d.originId, [d.actionId]);
    else siblings.push(d.actionId);
    return;
  }
  const a = actions.get(event.data.actionId);
  if (a === undefined) return;
  a.lastActivityOn = day;
  for (const fact of actionLifecycle.lapses(event)) lapse(a, fact);
  record(a, event, day);
  a.status = actionLifecycle.statusAfter(a.status, event);
};
