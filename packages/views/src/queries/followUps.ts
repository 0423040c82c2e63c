import { addDays, daysBetween } from '@mgmt-review/core';
import type { ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { acceptanceFollowUps } from './followUp/acceptances.js';
import { actionFollowUps } from './followUp/actions.js';
import { nonConformityFollowUps } from './followUp/nonConformities.js';
import type { AddNotice, FollowUpNotice, FollowUpQuery, FollowUpWindow } from './followUp/notice.js';
import { reviewFollowUps } from './followUp/reviews.js';
import { compareText } from './order.js';

export type { FollowUpKind, FollowUpNotice, FollowUpQuery } from './followUp/notice.js';

/** The follow-ups on the day `now`, ordered by date (undated last), then key. */
export const followUps = (state: ViewsState, query: FollowUpQuery): readonly FollowUpNotice[] => {
  const today = dayOfNow(query.now);
  if (!Number.isFinite(query.horizon) || query.horizon < 0) {
    throw new RangeError(`horizon: expected a number of days ≥ 0, got ${String(query.horizon)}`);
  }
  const window: FollowUpWindow = {
    today,
    until: addDays(today, query.horizon),
    stalledAfterDays: query.stalledAfterDays ?? 30,
  };
  const notices: FollowUpNotice[] = [];
  const add: AddNotice = (kind, keyParts, subjectId, ownerId, date, message) =>
    notices.push({
      key: [kind, ...keyParts].join(':'),
      kind,
      subjectId,
      ownerId,
      date,
      daysFromNow: date === undefined ? undefined : daysBetween(today, date),
      message,
    });
  actionFollowUps(state, window, add);
  nonConformityFollowUps(state, window, add);
  acceptanceFollowUps(state, window, add);
  reviewFollowUps(state, window, add);
  return notices.sort((x, y) =>
    x.date === y.date
      ? compareText(x.key, y.key)
      : x.date === undefined
        ? 1
        : y.date === undefined
          ? -1
          : compareText(x.date, y.date),
  );
};
