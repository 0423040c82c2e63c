import type { DecisionKind } from '@mgmt-review/core';
import { dayOf } from '@mgmt-review/core';
import { distinctEvidence, type Evidence } from './evidence.js';
import { lastHeld } from './reviewsHeld.js';
import type { ActionRecord, ActionRecordStatus, AuditorState } from './state.js';

/** An action a decision called for, and where it stands at the moment asked. */
export interface DecidedAction {
  readonly actionId: string;
  /** False when the decision names an action that was never raised. */
  readonly raised: boolean;
  readonly title: string | undefined;
  readonly ownerId: string | undefined;
  readonly status: ActionRecordStatus | 'notRaised';
  readonly dueDate: string | undefined;
  readonly originalDueDate: string | undefined;
  /** How many times the due date moved. */
  readonly slips: number;
  /** Still to be done after its due date. */
  readonly overdue: boolean;
  readonly reopened: number;
  readonly evidence: readonly Evidence[];
}

export interface DecisionWithActions {
  readonly decisionId: string;
  readonly kind: DecisionKind;
  readonly description: string;
  readonly rationale: string;
  readonly actions: readonly DecidedAction[];
  readonly evidence: Evidence;
}

/** "What was decided last time": the last review held, its decisions, and their actions' status. */
export interface LastDecisions {
  readonly reviewId: string;
  readonly meetingDay: string;
  /** Whether the review is closed (its minutes approved, results communicated). */
  readonly reviewStatus: string;
  readonly decisions: readonly DecisionWithActions[];
  /** The moment the actions' status is given for. */
  readonly now: string;
}

const isOpen = (status: ActionRecordStatus): boolean => status === 'open' || status === 'inProgress';

/** An action's standing on `today` (`YYYY-MM-DD`), with the events that show it. */
export const decidedAction = (actionId: string, action: ActionRecord | undefined, today: string): DecidedAction =>
  action === undefined
    ? {
        actionId,
        raised: false,
        title: undefined,
        ownerId: undefined,
        status: 'notRaised',
        dueDate: undefined,
        originalDueDate: undefined,
        slips: 0,
        overdue: false,
        reopened: 0,
        evidence: [],
      }
    : {
        actionId,
        raised: true,
        title: action.title,
        ownerId: action.ownerId,
        status: action.status,
        dueDate: action.dueDate,
        originalDueDate: action.originalDueDate,
        slips: action.slips.length,
        overdue: isOpen(action.status) && action.dueDate < today,
        reopened: action.reopened,
        evidence: distinctEvidence([
          action.raised,
          ...action.slips.map((s) => s.evidence),
          action.completed,
          action.verified,
          ...action.effectiveness.map((e) => e.evidence),
          action.closed,
          action.cancelled,
        ]),
      };

/**
 * The decisions of the last review held before `now` (in the state given, i.e. as of the moment
 * it was built), each with its actions and their status at `now`. `undefined` if no review has
 * been held.
 */
export const lastDecisions = (state: AuditorState, now: string): LastDecisions | undefined => {
  const review = lastHeld(state);
  if (review === undefined) return undefined;
  const today = dayOf(now);
  return {
    reviewId: review.reviewId,
    meetingDay: review.meeting.day,
    reviewStatus: review.status,
    decisions: review.decisions.map((d) => ({
      decisionId: d.decisionId,
      kind: d.kind,
      description: d.description,
      rationale: d.rationale,
      actions: d.actionIds.map((id) => decidedAction(id, state.actions.get(id), today)),
      evidence: d.evidence,
    })),
    now,
  };
};
