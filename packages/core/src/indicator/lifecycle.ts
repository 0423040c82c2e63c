import { type Lifecycle, lapsing, nothingLapses } from '../shared/lifecycle.js';
import type { IndicatorEvent } from './events.js';

/** Where an indicator stands: `active` (measured) once defined, until it is `retired`. */
export type IndicatorStatus = 'none' | 'active' | 'retired';

/** What an indicator's history records that a later event can undo: the analysis of one period. */
export type IndicatorFact = 'periodAnalysis';

const reanalysis = lapsing<IndicatorFact>('periodAnalysis');

/**
 * The indicator's life cycle. A corrected measurement makes the analysis of its period lapse (the
 * period named by the correction, not the others): the conclusion rested on the value superseded,
 * so the analyst analyses the period again (9.1 f).
 */
export const indicatorLifecycle: Lifecycle<IndicatorEvent, IndicatorStatus, IndicatorFact> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'IndicatorDefined':
        return 'active';
      case 'IndicatorRetired':
        return 'retired';
      default:
        return status;
    }
  },
  lapses: (event) => (event.type === 'MeasurementCorrected' ? reanalysis : nothingLapses),
};
