import type { Person } from '../shared/codecs.js';
import { dayOf } from '../shared/time.js';
import type { ActionEvent, ActionOrigin } from './events.js';

/**
 * Where an action stands: `open` → `inProgress` → `completed` → `verified` → `closed`
 * (effective) or back to `inProgress` (not effective); `cancelled` at any point before close.
 */
export type ActionStatus = 'none' | 'open' | 'inProgress' | 'completed' | 'verified' | 'closed' | 'cancelled';

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
  readonly verifiedBy: string | undefined;
  readonly reopened: number;
  readonly lastAt: string | undefined;
}

export const initialActionState: Action = {
  status: 'none',
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

const next = (
  s: Action,
  c: {
    readonly status?: ActionStatus;
    readonly dueDate?: string;
    readonly dueDateChanges?: number;
    readonly verifiedBy?: string;
    readonly reopened?: number;
    readonly lastAt: string;
  },
): Action => ({
  status: c.status ?? s.status,
  actionId: s.actionId,
  origin: s.origin,
  originId: s.originId,
  decisionId: s.decisionId,
  title: s.title,
  owner: s.owner,
  dueDate: c.dueDate ?? s.dueDate,
  raisedOn: s.raisedOn,
  dueDateChanges: c.dueDateChanges ?? s.dueDateChanges,
  verifiedBy: c.verifiedBy ?? s.verifiedBy,
  reopened: c.reopened ?? s.reopened,
  lastAt: c.lastAt,
});

/** Applies one event of the action's history. */
export const evolveAction = (state: Action, event: ActionEvent): Action => {
  const at = event.data.at;
  switch (event.type) {
    case 'ActionRaised': {
      const d = event.data;
      return {
        status: 'open',
        actionId: d.actionId,
        origin: d.origin,
        originId: d.originId,
        decisionId: d.decisionId,
        title: d.title,
        owner: d.owner,
        dueDate: d.dueDate,
        raisedOn: dayOf(at),
        dueDateChanges: 0,
        verifiedBy: undefined,
        reopened: 0,
        lastAt: at,
      };
    }
    case 'ActionStarted':
      return next(state, { status: 'inProgress', lastAt: at });
    case 'ActionProgressNoted':
      return next(state, { lastAt: at });
    case 'ActionDueDateChanged':
      return next(state, { dueDate: event.data.dueDate, dueDateChanges: state.dueDateChanges + 1, lastAt: at });
    case 'ActionCompleted':
      return next(state, { status: 'completed', lastAt: at });
    case 'ActionVerified':
      return next(state, { status: 'verified', verifiedBy: event.data.verifiedBy, lastAt: at });
    case 'ActionEffectivenessReviewed':
      return next(state, { lastAt: at });
    case 'ActionClosed':
      return next(state, { status: 'closed', lastAt: at });
    case 'ActionReopened':
      return next(state, { status: 'inProgress', reopened: state.reopened + 1, lastAt: at });
    case 'ActionCancelled':
      return next(state, { status: 'cancelled', lastAt: at });
  }
};

/** Whether an action is overdue on `day` (`YYYY-MM-DD`): still to be done after its due date. */
export const isOverdue = (action: Action, day: string): boolean =>
  (action.status === 'open' || action.status === 'inProgress') && action.dueDate < day;
