import type { ViewsState } from '../../state.js';
import type { AddNotice, FollowUpWindow } from './notice.js';

/** Residual-risk acceptances expiring within the window (`acceptanceExpiring`) or expired (`acceptanceExpired`). */
export const acceptanceFollowUps = (state: ViewsState, w: FollowUpWindow, add: AddNotice): void => {
  for (const r of state.risks.values()) {
    const acceptance = r.acceptance;
    if (r.stage !== 'accepted' || acceptance === undefined) continue;
    if (acceptance.expiresOn < w.today) {
      add(
        'acceptanceExpired',
        [r.riskId, acceptance.expiresOn],
        r.riskId,
        r.ownerId,
        acceptance.expiresOn,
        `The acceptance of residual risk ${r.riskId} expired on ${acceptance.expiresOn}: the risk is due for reassessment.`,
      );
    } else if (acceptance.expiresOn <= w.until) {
      add(
        'acceptanceExpiring',
        [r.riskId, acceptance.expiresOn],
        r.riskId,
        r.ownerId,
        acceptance.expiresOn,
        `The acceptance of residual risk ${r.riskId} expires on ${acceptance.expiresOn}.`,
      );
    }
  }
};
