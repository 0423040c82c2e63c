import type { ActionEvent } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { evidenceOf } from './evidence.js';
import type { AuditorState } from './state.js';

/** Folds one action event into the auditor's state (in place). */
export const applyActionEvent = (state: AuditorState, event: RecordedEvent<ActionEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'ActionRaised') {
    const d = event.data;
    state.actions.set(d.actionId, {
      actionId: d.actionId,
      origin: d.origin,
      originId: d.originId,
      decisionId: d.decisionId,
      title: d.title,
      ownerId: d.owner.id,
      originalDueDate: d.dueDate,
      raised: evidence,
      status: 'open',
      dueDate: d.dueDate,
      slips: [],
      completed: undefined,
      verified: undefined,
      effectiveness: [],
      reopened: 0,
      closed: undefined,
      cancelled: undefined,
    });
    return;
  }
  const action = state.actions.get(event.data.actionId);
  if (action === undefined) return;
  switch (event.type) {
    case 'ActionStarted':
      action.status = 'inProgress';
      return;
    case 'ActionProgressNoted':
      return;
    case 'ActionDueDateChanged':
      action.slips.push({
        from: event.data.previousDueDate,
        to: event.data.dueDate,
        reason: event.data.reason,
        evidence,
      });
      action.dueDate = event.data.dueDate;
      return;
    case 'ActionCompleted':
      action.status = 'completed';
      action.completed = evidence;
      return;
    case 'ActionVerified':
      action.status = 'verified';
      action.verified = evidence;
      return;
    case 'ActionEffectivenessReviewed':
      action.effectiveness.push({ effective: event.data.effective, evidence });
      return;
    case 'ActionClosed':
      action.status = 'closed';
      action.closed = evidence;
      return;
    case 'ActionReopened':
      // A new round: the earlier completion and verification no longer stand.
      action.status = 'inProgress';
      action.reopened += 1;
      action.completed = undefined;
      action.verified = undefined;
      return;
    case 'ActionCancelled':
      action.status = 'cancelled';
      action.cancelled = evidence;
      return;
  }
};
