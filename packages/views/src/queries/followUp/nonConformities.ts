import { daysBetween } from '@mgmt-review/core';
import type { ViewsState } from '../../state.js';
import { type AddNotice, type FollowUpWindow, plural } from './notice.js';

/** Open nonconformities that stayed at one step of 10.2 longer than the window allows (`nonConformityStalled`). */
export const nonConformityFollowUps = (state: ViewsState, w: FollowUpWindow, add: AddNotice): void => {
  for (const n of state.nonConformities.values()) {
    if (n.status === 'closed') continue;
    const days = daysBetween(n.stepSince, w.today);
    if (days > w.stalledAfterDays) {
      add(
        'nonConformityStalled',
        [n.nonConformityId, n.step, n.stepSince],
        n.nonConformityId,
        n.ownerId,
        n.stepSince,
        `Nonconformity ${n.nonConformityId} has stayed at step "${n.step}" since ${n.stepSince} (${plural(days, 'day')}).`,
      );
    }
  }
};
