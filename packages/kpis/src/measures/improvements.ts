import type { KpiState } from '../state.js';
import { enteredIn } from './dated.js';
import { count, type Measures, type Span } from './measured.js';

/** Opportunities for improvement logged, adopted and realised in the period (the improvement log over time). */
export const improvementMeasures = (state: KpiState, span: Span): Measures => {
  let logged = 0;
  let adopted = 0;
  let realised = 0;
  for (const o of state.improvements.values()) {
    if (enteredIn(o.statuses, 'logged', span)) logged += 1;
    if (enteredIn(o.statuses, 'adopted', span)) adopted += 1;
    if (enteredIn(o.statuses, 'realised', span)) realised += 1;
  }
  return {
    opportunitiesLogged: count(logged),
    opportunitiesAdopted: count(adopted),
    opportunitiesRealised: count(realised),
  };
};
