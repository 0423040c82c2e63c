import { type Lifecycle, lapsing, nothingLapses } from '../shared/lifecycle.js';
import type { NonConformityEvent } from './events.js';

/** Where a nonconformity stands: `open` until closed; a recurrence reopens it. */
export type NonConformityStatus = 'none' | 'open' | 'closed';

/** What a nonconformity's treatment records that a later event can undo (10.2 c–e). */
export type NonConformityFact = 'correctiveActions' | 'noCorrectiveAction' | 'implementation' | 'effectiveness';

const newRound = lapsing<NonConformityFact>('implementation');
const reopening = lapsing<NonConformityFact>(
  'correctiveActions',
  'noCorrectiveAction',
  'implementation',
  'effectiveness',
);

/**
 * The nonconformity's life cycle. New corrective actions start a new implementation round, and so
 * does a verification that found them not effective (the cause was not removed: 10.2 d). A reopened
 * nonconformity needs its whole treatment again: actions, implementation and verification lapse.
 */
export const nonConformityLifecycle: Lifecycle<NonConformityEvent, NonConformityStatus, NonConformityFact> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'NonConformityRaised':
      case 'NonConformityReopened':
        return 'open';
      case 'NonConformityClosed':
        return 'closed';
      default:
        return status;
    }
  },
  lapses: (event) => {
    switch (event.type) {
      case 'CorrectiveActionsPlanned':
        return newRound;
      case 'NonConformityEffectivenessVerified':
        return event.data.effective ? nothingLapses : newRound;
      case 'NonConformityReopened':
        return reopening;
      default:
        return nothingLapses;
    }
  },
};
