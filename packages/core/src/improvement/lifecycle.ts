import { type Lifecycle, lapsing, nothingLapses } from '../shared/lifecycle.js';
import type { ImprovementEvent } from './events.js';

/**
 * Where an opportunity stands: `logged` → `evaluated` → `adopted` → `realised` → `closed`;
 * `deferred` (evaluated or decided again when it is revisited) or `rejected` (then `closed`)
 * instead of adopted. Before it is realised or rejected, it closes only as withdrawn.
 */
export type ImprovementStatus =
  | 'none'
  | 'logged'
  | 'evaluated'
  | 'adopted'
  | 'deferred'
  | 'rejected'
  | 'realised'
  | 'closed';

/** What an opportunity's history records that a later event can undo: a deferral's revisit date. */
export type ImprovementFact = 'deferral';

const revisited = lapsing<ImprovementFact>('deferral');

/**
 * The opportunity's life cycle. A deferral lapses once the opportunity is revisited: evaluated
 * again, or decided again (a new deferral replaces it).
 */
export const improvementLifecycle: Lifecycle<ImprovementEvent, ImprovementStatus, ImprovementFact> = {
  initial: 'none',
  statusAfter: (_status, event) => {
    switch (event.type) {
      case 'ImprovementOpportunityLogged':
        return 'logged';
      case 'ImprovementOpportunityEvaluated':
        return 'evaluated';
      case 'ImprovementOpportunityAdopted':
        return 'adopted';
      case 'ImprovementOpportunityDeferred':
        return 'deferred';
      case 'ImprovementOpportunityRejected':
        return 'rejected';
      case 'ImprovementOpportunityRealised':
        return 'realised';
      case 'ImprovementOpportunityClosed':
        return 'closed';
    }
  },
  lapses: (event) => {
    switch (event.type) {
      case 'ImprovementOpportunityEvaluated':
      case 'ImprovementOpportunityAdopted':
      case 'ImprovementOpportunityDeferred':
      case 'ImprovementOpportunityRejected':
        return revisited;
      default:
        return nothingLapses;
    }
  },
};
