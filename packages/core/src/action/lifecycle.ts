import { type Lifecycle, lapsing, nothingLapses } from '../shared/lifecycle.js';
import type { ActionEvent } from './events.js';

/**
 * Where an action stands: `open` → `inProgress` → `completed` → `verified` → `closed`
 * (effective) or back to `inProgress` (not effective); `cancelled` at any point before close.
 */
export type ActionStatus = 'none' | 'open' | 'inProgress' | 'completed' | 'verified' | 'closed' | 'cancelled';

/** What an action's history records that a later event can undo. */
export type ActionFact = 'completion' | 'verification';

const reopening = lapsing<ActionFact>('completion', 'verification');

/**
 * The action's life cycle. A reopened action (its effectiveness was not shown) is to be done
 * again: its completion and its verification lapse, and it needs both anew (10.2 d).
 */
export const actionLifecycle: Lifecycle<ActionEvent, ActionStatus, ActionFact> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'ActionRaised':
        return 'open';
      case 'ActionStarted':
      case 'ActionReopened':
        return 'inProgress';
      case 'ActionCompleted':
        return 'completed';
      case 'ActionVerified':
        return 'verified';
      case 'ActionClosed':
        return 'closed';
      case 'ActionCancelled':
        return 'cancelled';
      case 'ActionProgressNoted':
      case 'ActionDueDateChanged':
      case 'ActionEffectivenessReviewed':
        return status;
    }
  },
  lapses: (event) => (event.type === 'ActionReopened' ? reopening : nothingLapses),
};
