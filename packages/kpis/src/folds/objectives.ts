import { type ObjectiveEvent, type ObjectiveFact, objectiveLifecycle } from '@mgmt-review/core';
import type { KpiObjectiveRecord, KpiState } from '../state.js';
import { advanceStatus } from './statuses.js';

/** Clears what the KPI facts hold of a lapsed fact: a revision ends the evaluation of progress made before it. */
const lapse = (o: KpiObjectiveRecord, fact: ObjectiveFact, day: string): void => {
  switch (fact) {
    case 'progress':
      o.progress.push({ day, value: undefined });
      return;
  }
};

/**
 * Folds one objective event into the KPI facts, in place: each status its life cycle gives, and each
 * evaluation of progress (6.2 d) from its day until the next one or the revision that makes it lapse.
 */
export const applyObjective = (state: KpiState, event: ObjectiveEvent, day: string): void => {
  if (event.type === 'ObjectiveSet') {
    const record: KpiObjectiveRecord = { statuses: [], progress: [] };
    advanceStatus(record.statuses, objectiveLifecycle, event, day);
    state.objectives.set(event.data.objectiveId, record);
    return;
  }
  const o = state.objectives.get(event.data.objectiveId);
  if (o === undefined) return;
  for (const fact of objectiveLifecycle.lapses(event)) lapse(o, fact, day);
  if (event.type === 'ObjectiveProgressEvaluated') o.progress.push({ day, value: event.data.progress });
  advanceStatus(o.statuses, objectiveLifecycle, event, day);
};
