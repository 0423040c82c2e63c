import { type ImprovementEvent, improvementLifecycle } from '@mgmt-review/core';
import type { KpiState } from '../state.js';
import { advanceStatus } from './statuses.js';

/**
 * Folds one improvement-opportunity event into the KPI facts, in place: each status its life cycle
 * gives (logged, evaluated, adopted, deferred, rejected, realised, closed), with the day it began.
 * A deferral's revisit date, the one fact that lapses, is read by no KPI.
 */
export const applyImprovement = (state: KpiState, event: ImprovementEvent, day: string): void => {
  const id = event.data.opportunityId;
  let record = state.improvements.get(id);
  if (record === undefined) {
    if (event.type !== 'ImprovementOpportunityLogged') return;
    record = { statuses: [] };
    state.improvements.set(id, record);
  }
  advanceStatus(record.statuses, improvementLifecycle, event, day);
};
