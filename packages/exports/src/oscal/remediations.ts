import type { ActionStatus } from '@mgmt-review/core';
import type { OscalRemediation } from './poamModel.js';
import { endOfDay, type PoamContext, prop, uuidOf } from './vocabulary.js';

const done: readonly ActionStatus[] = ['completed', 'verified', 'closed'];

/**
 * The actions of a nonconformity or risk as remediations: lifecycle `completed` once the action
 * is done, else `planned`; one milestone task due on the action's due date. `subject` names what
 * the remediations belong to, so the same action under two subjects has two UUIDs. An action whose
 * history is not in the views is left out.
 */
export const remediationsOf = (
  context: PoamContext,
  subject: string,
  actionIds: readonly string[],
): OscalRemediation[] =>
  actionIds.flatMap((actionId) => {
    const a = context.views.actions.get(actionId);
    if (a === undefined) return [];
    return [
      {
        uuid: uuidOf(context, 'remediation', `${subject}/${actionId}`),
        lifecycle: done.includes(a.status) ? 'completed' : 'planned',
        title: `${actionId}: ${a.title}`,
        description: `Action ${actionId} (${a.origin}), owner ${a.ownerId}, status ${a.status}, due ${a.dueDate}.`,
        props: [prop('action-id', actionId), prop('action-status', a.status), prop('owner-id', a.ownerId)],
        tasks: [
          {
            uuid: uuidOf(context, 'milestone', `${subject}/${actionId}`),
            type: 'milestone',
            title: `${actionId} due`,
            timing: { 'on-date': { date: endOfDay(a.dueDate) } },
          },
        ],
      },
    ];
  });
