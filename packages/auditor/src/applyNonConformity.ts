import type { NonConformityEvent } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { evidenceOf } from './evidence.js';
import type { AuditorState } from './state.js';

/** Folds one nonconformity event into the auditor's state (in place). */
export const applyNonConformityEvent = (state: AuditorState, event: RecordedEvent<NonConformityEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'NonConformityRaised') {
    const d = event.data;
    state.nonConformities.set(d.nonConformityId, {
      nonConformityId: d.nonConformityId,
      source: d.source,
      severity: d.severity,
      requirement: d.requirement,
      raised: evidence,
      status: 'open',
      plannedActionIds: [],
      implemented: undefined,
      effectiveness: undefined,
      noCorrectiveAction: undefined,
      closed: undefined,
      reopened: 0,
    });
    return;
  }
  const nc = state.nonConformities.get(event.data.nonConformityId);
  if (nc === undefined) return;
  switch (event.type) {
    case 'CorrectiveActionsPlanned':
      // New actions start a new implementation round.
      for (const planned of event.data.actions) nc.plannedActionIds.push(planned.actionId);
      nc.implemented = undefined;
      return;
    case 'NoCorrectiveActionDecided':
      nc.noCorrectiveAction = evidence;
      return;
    case 'CorrectiveActionsImplemented':
      nc.implemented = evidence;
      return;
    case 'NonConformityEffectivenessVerified':
      nc.effectiveness = { effective: event.data.effective, evidence };
      if (!event.data.effective) nc.implemented = undefined;
      return;
    case 'NonConformityClosed':
      nc.status = 'closed';
      nc.closed = evidence;
      return;
    case 'NonConformityReopened':
      nc.status = 'open';
      nc.reopened += 1;
      nc.plannedActionIds = [];
      nc.implemented = undefined;
      nc.effectiveness = undefined;
      nc.noCorrectiveAction = undefined;
      nc.closed = undefined;
      return;
    default:
      return;
  }
};
