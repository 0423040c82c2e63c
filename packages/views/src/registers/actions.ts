import type { ActionEvent } from '@mgmt-review/core';
import { dayOf } from '@mgmt-review/core';
import type { ActionRecord } from '../state.js';

const newAction = (d: Extract<ActionEvent, { type: 'ActionRaised' }>['data'], day: string): ActionRecord => ({
  actionId: d.actionId,
  title: d.title,
  status: 'open',
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
});

/**
 * Folds one action event into the action records, in place, and indexes a new action under the
 * id of what it comes from. Events of an action the records do not know are ignored.
 */
export const applyActionEvent = (
  actions: Map<string, ActionRecord>,
  byOrigin: Map<string, string[]>,
  event: ActionEvent,
): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'ActionRaised') {
    const d = event.data;
    actions.set(d.actionId, newAction(d, day));
    const siblings = byOrigin.get(d.originId);
    if (siblings === undefined) byOrigin.set(d.originId, [d.actionId]);
    else siblings.push(d.actionId);
    return;
  }
  const a = actions.get(event.data.actionId);
  if (a === undefined) return;
  a.lastActivityOn = day;
  switch (event.type) {
    case 'ActionStarted':
      a.status = 'inProgress';
      return;
    case 'ActionProgressNoted':
      if (event.data.percentComplete !== undefined) a.percentComplete = event.data.percentComplete;
      return;
    case 'ActionDueDateChanged':
      a.dueDateChanges += 1;
      if (event.data.dueDate > event.data.previousDueDate) a.slips += 1;
      a.dueDate = event.data.dueDate;
      return;
    case 'ActionCompleted':
      a.status = 'completed';
      a.completedOn = day;
      return;
    case 'ActionVerified':
      a.status = 'verified';
      a.verifiedOn = day;
      a.verifiedBy = event.data.verifiedBy;
      return;
    case 'ActionEffectivenessReviewed':
      return;
    case 'ActionClosed':
      a.status = 'closed';
      a.closedOn = day;
      return;
    case 'ActionReopened':
      a.status = 'inProgress';
      a.reopened += 1;
      a.completedOn = undefined;
      a.verifiedOn = undefined;
      a.verifiedBy = undefined;
      return;
    case 'ActionCancelled':
      a.status = 'cancelled';
      a.cancelledOn = day;
      return;
  }
};
