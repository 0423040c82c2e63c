import { daysBetween } from '@mgmt-review/core';
import type { ViewsState } from '../../state.js';
import { isToDo } from '../actionRegister.js';
import { type AddNotice, type FollowUpWindow, plural } from './notice.js';

/** Actions still to be done: due within the window (`actionDueSoon`) or past due (`actionOverdue`). */
export const actionFollowUps = (state: ViewsState, w: FollowUpWindow, add: AddNotice): void => {
  for (const a of state.actions.values()) {
    if (!isToDo(a.status)) continue;
    if (a.dueDate < w.today) {
      const late = daysBetween(a.dueDate, w.today);
      add(
        'actionOverdue',
        [a.actionId, a.dueDate],
        a.actionId,
        a.ownerId,
        a.dueDate,
        `Action ${a.actionId} "${a.title}" was due on ${a.dueDate} and is ${plural(late, 'day')} overdue.`,
      );
    } else if (a.dueDate <= w.until) {
      add(
        'actionDueSoon',
        [a.actionId, a.dueDate],
        a.actionId,
        a.ownerId,
        a.dueDate,
        `Action ${a.actionId} "${a.title}" is due on ${a.dueDate}.`,
      );
    }
  }
};
