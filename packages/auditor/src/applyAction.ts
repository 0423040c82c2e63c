import { type ActionEvent, type ActionFact, actionLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { ActionRecord, AuditorState } from './state.js';

const statusAfter = recordedStatus(actionLifecycle, 'none');

/** Clears the evidence of a fact of the action's life cycle that lapsed (a reopened action starts a new round). */
const lapse = (action: ActionRecord, fact: ActionFact): void => {
  switch (fact) {
    case 'completion':
      action.completed = undefined;
      return;
    case 'verification':
      action.verified = undefined;
      return;
  }
};

/** The evidence each event adds, beyond the action's status and what lapses. */
const record = (action: ActionRecord, event: RecordedEvent<ActionEvent>, evidence: Evidence): void => {
  switch (event.type) {
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
      action.completed = evidence;
      return;
    case 'ActionVerified':
      action.verified = evidence;
      return;
    case 'ActionEffectivenessReviewed':
      action.effectiveness.push({ effective: event.data.effective, evidence });
      return;
    case 'ActionClosed':
      action.closed = evidence;
      return;
    case 'ActionReopened':
      action.reopened += 1;
      return;
    case 'ActionCancelled':
      action.cancelled = evidence;
      return;
    default:
      return;
  }
};

/**
 * Folds one action event into the auditor's state (in place). The status and what lapses come
 * from the action's life cycle; the auditor adds the evidence of each fact.
 */
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
      status: statusAfter(actionLifecycle.initial, event),
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
  for (const fact of actionLifecycle.lapses(event)) lapse(action, fact);
  record(action, event, evidence);
  action.status = statusAfter(action.status, event);
};
