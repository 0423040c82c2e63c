import type { Person } from '../shared/codecs.js';
import { dayOf } from '../shared/time.js';
import type { ActionEvent, ActionOrigin } from './events.js';
import { type ActionFact, type ActionStatus, actionLifecycle } from './lifecycle.js';

export interface Action {
  readonly status: ActionStatus;
  readonly actionId: string;
  readonly origin: ActionOrigin | undefined;
  readonly originId: string;
  readonly decisionId: string | undefined;
  readonly title: string;
  readonly owner: Person | undefined;
  readonly dueDate: string;
  readonly raisedOn: string;
  /** How many times the due date moved. */
  readonly dueDateChanges: number;
  /** Who verified the current round of work; cleared when the verification lapses. */
  readonly verifiedBy: string | undefined;
  readonly reopened: number;
  readonly lastAt: string | undefined;
}

export const initialActionState: Action = {
  status: actionLifecycle.initial,
  actionId: '',
  origin: undefined,
  originId: '',
  decisionId: undefined,
  title: '',
  owner: undefined,
  dueDate: '',
  raisedOn: '',
  dueDateChanges: 0,
  verifiedBy: undefined,
  reopened: 0,
  lastAt: undefined,
};

/** What each event of the action sets, beyond its status and what lapses. */
const recorded = (s: Action, event: ActionEvent): Action => {
  switch (event.type) {
    case 'ActionRaised': {
      const d = event.data;
      return {
        ...initialActionState,
        actionId: d.actionId,
        origin: d.origin,
        originId: d.originId,
        decisionId: d.decisionId,
        title: d.title,
        owner: d.owner,
        dueDate: d.dueDate,
        raisedOn: dayOf(d.at),
      };
    }
    case 'ActionDueDateChanged':
      return { ...s, dueDate: event.data.dueDate, dueDateChanges: s.dueDateChanges + 1 };
    case 'ActionVerified':
      return { ...s, verifiedBy: event.data.verifiedBy };
    case 'ActionReopened':
      return { ...s, reopened: s.reopened + 1 };
    default:
      return s;
  }
};

const lapse = (s: Action, fact: ActionFact): Action => (fact === 'verification' ? { ...s, verifiedBy: undefined } : s);

/** Applies one event of the action's history: what lapses first, then what the event records. */
export const evolveAction = (state: Action, event: ActionEvent): Action => {
  let s = state;
  for (const fact of actionLifecycle.lapses(event)) s = lapse(s, fact);
  s = recorded(s, event);
  return { ...s, status: actionLifecycle.statusAfter(state.status, event), lastAt: event.data.at };
};

/** Whether an action is overdue on `day` (`YYYY-MM-DD`): still to be done after its due date. */
export const isOverdue = (action: Action, day: string): boolean =>
  (action.status === 'open' || action.status === 'inProgress') && action.dueDate < day;
