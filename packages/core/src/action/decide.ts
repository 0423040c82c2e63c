import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import {
  chronologyRule,
  lifecycleRule,
  mustExist,
  mustNotExist,
  notBeforeLast,
  refuse,
  verifierIsNotOwnerRule,
} from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { ActionCommand } from './commands.js';
import type { ActionEvent } from './events.js';
import { type Action, evolveAction, initialActionState } from './state.js';

type Decided = Either<DomainError, readonly ActionEvent[]>;

const one = (event: ActionEvent): Decided => right([event]);

const decideExisting = (command: ActionCommand, state: Action): Decided => {
  const actionId = state.actionId;
  if (state.status === 'closed' || state.status === 'cancelled') {
    return refuse(lifecycleRule, `the action is ${state.status}`);
  }
  switch (command.type) {
    case 'RaiseAction':
      return refuse(lifecycleRule, 'the action already exists');
    case 'StartAction':
      if (state.status !== 'open') return refuse(lifecycleRule, 'only an open action is started');
      return one({ type: 'ActionStarted', data: { actionId, at: command.data.at } });
    case 'NoteActionProgress': {
      const d = command.data;
      if (state.status !== 'open' && state.status !== 'inProgress') {
        return refuse(lifecycleRule, 'progress is noted on an action not yet completed');
      }
      if (d.percentComplete !== undefined && !(d.percentComplete >= 0 && d.percentComplete <= 100)) {
        return refuse(lifecycleRule, 'percentComplete is between 0 and 100');
      }
      return one({
        type: 'ActionProgressNoted',
        data: { actionId, note: d.note, percentComplete: d.percentComplete, at: d.at },
      });
    }
    case 'ChangeActionDueDate': {
      const d = command.data;
      if (state.status !== 'open' && state.status !== 'inProgress') {
        return refuse(lifecycleRule, 'the due date of a completed action does not change');
      }
      if (d.dueDate === state.dueDate) return refuse(lifecycleRule, `the action is already due on ${d.dueDate}`);
      if (d.dueDate < state.raisedOn) {
        return refuse(chronologyRule, `the due date ${d.dueDate} is before the action was raised (${state.raisedOn})`);
      }
      return one({
        type: 'ActionDueDateChanged',
        data: { actionId, previousDueDate: state.dueDate, dueDate: d.dueDate, reason: d.reason, at: d.at },
      });
    }
    case 'CompleteAction': {
      const d = command.data;
      if (state.status !== 'open' && state.status !== 'inProgress') {
        return refuse(lifecycleRule, 'only an open or started action is completed');
      }
      return one({ type: 'ActionCompleted', data: { actionId, summary: d.summary, evidence: d.evidence, at: d.at } });
    }
    case 'VerifyAction': {
      const d = command.data;
      if (state.status !== 'completed') return refuse(lifecycleRule, 'only a completed action is verified');
      // Separation of duties: whoever did the work does not confirm it.
      if (command.actor.id === state.owner?.id) {
        return refuse(verifierIsNotOwnerRule, 'the owner of an action cannot verify it');
      }
      return one({
        type: 'ActionVerified',
        data: { actionId, verifiedBy: command.actor.id, comment: d.comment, at: d.at },
      });
    }
    case 'ReviewActionEffectiveness': {
      const d = command.data;
      if (state.status !== 'verified') {
        return refuse(lifecycleRule, 'the effectiveness of an action is reviewed once it is verified');
      }
      const reviewed: ActionEvent = {
        type: 'ActionEffectivenessReviewed',
        data: { actionId, effective: d.effective, reviewedBy: command.actor.id, comment: d.comment, at: d.at },
      };
      return right([
        reviewed,
        d.effective
          ? { type: 'ActionClosed', data: { actionId, at: d.at } }
          : { type: 'ActionReopened', data: { actionId, reason: d.comment, at: d.at } },
      ]);
    }
    case 'CancelAction':
      return one({ type: 'ActionCancelled', data: { actionId, reason: command.data.reason, at: command.data.at } });
  }
};

const raise = (command: Extract<ActionCommand, { type: 'RaiseAction' }>): Decided => {
  const d = command.data;
  // 9.3.3: an action called for by a review refers to the decision that called for it.
  if (d.origin === 'reviewDecision' && d.decisionId === undefined) {
    return refuse('9.3.3', 'an action from a review decision names its decisionId');
  }
  if (d.dueDate < dayOf(d.at)) {
    return refuse(chronologyRule, `the due date ${d.dueDate} is before the action is raised (${dayOf(d.at)})`);
  }
  return one({
    type: 'ActionRaised',
    data: {
      actionId: d.actionId,
      origin: d.origin,
      originId: d.originId,
      decisionId: d.origin === 'reviewDecision' ? d.decisionId : undefined,
      title: d.title,
      description: d.description,
      owner: d.owner,
      dueDate: d.dueDate,
      at: d.at,
    },
  });
};

/** The action decider: action items and corrective actions, from raise to effectiveness review. */
export const actionDecider: Decider<ActionCommand, Action, ActionEvent, DomainError> = {
  initialState: initialActionState,
  evolve: evolveAction,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'RaiseAction' ? mustNotExist(exists, 'the action') : mustExist(exists, 'the action');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    return command.type === 'RaiseAction' ? raise(command) : decideExisting(command, state);
  },
};
