import type { Action } from '@mgmt-review/core';
import { auditor, ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';

/** The actions a random history raises on their own (the reviews and nonconformities raise more). */
export const ACTIONS = ['act-1', 'act-2', 'act-3', 'act-4', 'act-5', 'act-6'] as const;

/** Moves action `actionId` one command along: raise, start, progress, due date, complete, verify, effectiveness. */
export const moveAction = async (step: MoveStep, actionId: string): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const a = await stateOf<Action>(t.actions.load(actionId));
  const by = { actor: ciso };
  switch (a.status) {
    case 'none': {
      const fromRisk = c % 3 === 0;
      await t.actions.raise(
        {
          actionId,
          origin: fromRisk ? 'riskTreatment' : 'improvement',
          originId: fromRisk ? 'risk-1' : 'imp-1',
          title: `action ${actionId}`,
          owner: owners[c % 2]!,
          dueDate: day(now, 3 + (c % 45)),
          at,
        },
        by,
      )();
      return;
    }
    case 'open':
    case 'inProgress':
      if (c % 13 === 0) await t.actions.cancel({ actionId, reason: 'superseded', at }, by)();
      else if (c % 4 === 0)
        await t.actions.changeDueDate(
          { actionId, dueDate: c % 8 === 0 ? day(now, 1) : day(now, 20 + (c % 30)), reason: 'supplier delay', at },
          by,
        )();
      else if (a.status === 'open' && c % 3 === 0) await t.actions.start({ actionId, at }, by)();
      else if (c % 5 === 0)
        await t.actions.noteProgress({ actionId, note: 'on track', percentComplete: c % 101, at }, by)();
      else await t.actions.complete({ actionId, summary: 'done', evidence: ['ticket-1'], at }, by)();
      return;
    case 'completed':
      await t.actions.verify({ actionId, comment: 'checked', at }, { actor: auditor })();
      return;
    case 'verified':
      await t.actions.reviewEffectiveness({ actionId, effective: c % 4 !== 0, comment: 'reviewed', at }, by)();
      return;
    default:
      return;
  }
};
