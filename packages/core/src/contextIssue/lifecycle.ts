import { type Lifecycle, nothingLapses } from '../shared/lifecycle.js';
import type { ContextIssueEvent } from './events.js';

/**
 * Where a context stream's entity stands: an issue is `current` from the time it is raised until
 * it is `retired`; the climate entity (`context-climate`) is `decided` from its first decision on.
 */
export type ContextIssueStatus = 'none' | 'current' | 'retired' | 'decided';

/**
 * The context's life cycle. Nothing lapses: a change replaces the issue's effect, and a revised
 * climate decision replaces its cycle's earlier one, without undoing any other fact.
 */
export const contextIssueLifecycle: Lifecycle<ContextIssueEvent, ContextIssueStatus> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'ContextIssueRaised':
        return 'current';
      case 'ContextIssueRetired':
        return 'retired';
      case 'ClimateDecisionRecorded':
        return 'decided';
      case 'ContextIssueChanged':
        return status;
    }
  },
  lapses: () => nothingLapses,
};
