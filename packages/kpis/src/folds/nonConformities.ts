import type { NonConformityEvent } from '@mgmt-review/core';
import type { KpiState } from '../state.js';

/**
 * Folds one nonconformity event into the KPI facts, in place: its treatment cycles (raised or
 * reopened, closed, effectiveness verified) and the corrective actions it planned. Nothing here
 * lapses: each cycle's facts are the history of that cycle, and a reopening starts another.
 */
export const applyNonConformity = (state: KpiState, event: NonConformityEvent, day: string): void => {
  if (event.type === 'NonConformityRaised') {
    state.nonConformities.set(event.data.nonConformityId, {
      severity: event.data.severity,
      source: event.data.source,
      raisedOn: day,
      cycles: [{ startedOn: day, closedOn: undefined, effectivenessVerified: false }],
    });
    return;
  }
  if (event.type === 'CorrectiveActionsPlanned') {
    for (const planned of event.data.actions) {
      state.plannedCorrective.add(planned.actionId);
      const action = state.actions.get(planned.actionId);
      if (action !== undefined) action.corrective = true;
    }
  }
  const n = state.nonConformities.get(event.data.nonConformityId);
  if (n === undefined) return;
  const cycle = n.cycles[n.cycles.length - 1]!;
  if (event.type === 'NonConformityEffectivenessVerified' && event.data.effective) cycle.effectivenessVerified = true;
  else if (event.type === 'NonConformityClosed') cycle.closedOn = day;
  else if (event.type === 'NonConformityReopened') {
    n.cycles.push({ startedOn: day, closedOn: undefined, effectivenessVerified: false });
  }
};
