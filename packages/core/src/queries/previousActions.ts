import type { ActionStatus } from '../action/lifecycle.js';
import type { Fact } from '../review/events.js';

/** One action called for by a decision of an earlier review, and where it stands. */
export interface PreviousAction {
  readonly reviewId: string;
  readonly decisionId: string;
  readonly actionId: string;
  /** `unknown` when the decision names an action that was never raised. */
  readonly status: ActionStatus | 'unknown';
  readonly title: string;
  readonly ownerId: string | undefined;
  readonly dueDate: string | undefined;
  readonly dueDateChanges: number;
  readonly overdue: boolean;
}

/** What input a) (9.3.2 a) is presented with: a summary, one fact per action, and the action streams as references. */
export interface PreviousActionsInput {
  readonly summary: string;
  readonly facts: readonly Fact[];
  readonly references: readonly string[];
}

const countBy = (actions: readonly PreviousAction[]): string => {
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action.status, (counts.get(action.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
};

/**
 * Input a) of ISO/IEC 27001:2022 9.3.2 — the status of actions from previous management reviews —
 * as facts a review presents: one per action (status, owner, due date, slips, overdue), plus a summary.
 */
export const presentPreviousActions = (actions: readonly PreviousAction[]): PreviousActionsInput => {
  const overdue = actions.filter((a) => a.overdue).length;
  const summary =
    actions.length === 0
      ? 'No actions were decided in previous management reviews.'
      : `${actions.length} action(s) from previous management reviews: ${countBy(actions)}; ${overdue} overdue.`;
  return {
    summary,
    facts: actions.map((a) => ({
      label: `${a.actionId}: ${a.title === '' ? '(not raised)' : a.title}`,
      value: [
        a.status,
        a.ownerId === undefined ? undefined : `owner ${a.ownerId}`,
        a.dueDate === undefined ? undefined : `due ${a.dueDate}`,
        a.dueDateChanges > 0 ? `due date moved ${a.dueDateChanges}×` : undefined,
        a.overdue ? 'overdue' : undefined,
        `from review ${a.reviewId}, decision ${a.decisionId}`,
      ]
        .filter((part) => part !== undefined)
        .join('; '),
    })),
    references: actions.map((a) => `action-${a.actionId}`),
  };
};
