import { defineAggregate } from '../shared/aggregate.js';
import { actionCommandCodecs } from './commands.js';
import { actionDecider } from './decide.js';
import { actionEventDefinitions } from './events.js';
import { actionLifecycle } from './lifecycle.js';

/** An action (from a review decision, a nonconformity, a risk treatment or an improvement): streams `action-<actionId>`. */
export const actionAggregate = defineAggregate({
  name: 'action',
  title: 'Action',
  group: 'actions',
  category: 'action',
  idOf: (data) => data.actionId,
  entityOf: (event) => event.data.actionId,
  events: actionEventDefinitions,
  commands: actionCommandCodecs,
  decider: () => actionDecider,
  lifecycle: actionLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    raise: { command: 'RaiseAction', generated: ['actionId'] },
    start: { command: 'StartAction' },
    noteProgress: { command: 'NoteActionProgress' },
    changeDueDate: { command: 'ChangeActionDueDate' },
    complete: { command: 'CompleteAction' },
    verify: { command: 'VerifyAction' },
    reviewEffectiveness: { command: 'ReviewActionEffectiveness' },
    cancel: { command: 'CancelAction' },
  },
});
