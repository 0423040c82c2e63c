import { type Lifecycle, nothingLapses } from '../shared/lifecycle.js';
import type { ConsultationEvent } from './events.js';

/**
 * Where a consultation stands: `planned` → `conducted` (its results recorded) → `closed`; a
 * standing channel may close from `planned`; `cancelled` before any result or feedback.
 */
export type ConsultationStatus = 'none' | 'planned' | 'conducted' | 'closed' | 'cancelled';

/**
 * The consultation's life cycle. Nothing lapses: taking an item into account again adds links to
 * the ones it has.
 */
export const consultationLifecycle: Lifecycle<ConsultationEvent, ConsultationStatus> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'ConsultationPlanned':
        return 'planned';
      case 'ConsultationResultsRecorded':
        return 'conducted';
      case 'ConsultationClosed':
        return 'closed';
      case 'ConsultationCancelled':
        return 'cancelled';
      case 'FeedbackRecorded':
      case 'FeedbackTakenIntoAccount':
        return status;
    }
  },
  lapses: () => nothingLapses,
};
