import { type Lifecycle, lapsing, nothingLapses } from '../shared/lifecycle.js';
import type { ObjectiveEvent } from './events.js';

/** Where an objective stands: `set` (pursued) until it is `achieved`, `missed` or `withdrawn`. */
export type ObjectiveStatus = 'none' | 'set' | 'achieved' | 'missed' | 'withdrawn';

/** What an objective's history records that a later event can undo: the latest evaluation of progress. */
export type ObjectiveFact = 'progress';

const newDefinition = lapsing<ObjectiveFact>('progress');

/**
 * The objective's life cycle. A revision makes the latest evaluation of progress lapse: it was made
 * against the definition (the target, the due date) that the revision replaced (6.2 d, f).
 */
export const objectiveLifecycle: Lifecycle<ObjectiveEvent, ObjectiveStatus, ObjectiveFact> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'ObjectiveSet':
        return 'set';
      case 'ObjectiveAchieved':
        return 'achieved';
      case 'ObjectiveMissed':
        return 'missed';
      case 'ObjectiveWithdrawn':
        return 'withdrawn';
      case 'ObjectiveRevised':
      case 'ObjectiveProgressEvaluated':
        return status;
    }
  },
  lapses: (event) => (event.type === 'ObjectiveRevised' ? newDefinition : nothingLapses),
};
