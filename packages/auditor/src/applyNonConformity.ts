import { type NonConformityEvent, type NonConformityFact, nonConformityLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, NonConformityRecord } from './state.js';

const statusAfter = recordedStatus(nonConformityLifecycle, 'none');

/** Clears the evidence of a fact of the treatment that lapsed (a new round, or a reopened nonconformity). */
const lapse = (nc: NonConformityRecord, fact: NonConformityFact): void => {
  switch (fact) {
    case 'correctiveActions':
      nc.plannedActionIds = [];
      return;
    case 'noCorrectiveAction':
      nc.noCorrectiveAction = undefined;
      return;
    case 'implementation':
      nc.implemented = undefined;
      return;
    case 'effectiveness':
      nc.effectiveness = undefined;
      return;
  }
};

/** The evidence each event adds, beyond the status and what lapses. */
const record = (nc: NonConformityRecord, event: RecordedEvent<NonConformityEvent>, evidence: Evidence): void => {
  switch (event.type) {
    case 'CorrectiveActionsPlanned':
      for (const planned of event.data.actions) nc.plannedActionIds.push(planned.actionId);
      return;
    case 'NoCorrectiveActionDecided':
      nc.noCorrectiveAction = evidence;
      return;
    case 'CorrectiveActionsImplemented':
      nc.implemented = evidence;
      return;
    case 'NonConformityEffectivenessVerified':
      // The outcome is kept either way: an ineffective verification is evidence too.
      nc.effectiveness = { effective: event.data.effective, evidence };
      return;
    case 'NonConformityClosed':
      nc.closed = evidence;
      return;
    case 'NonConformityReopened':
      nc.reopened += 1;
      nc.closed = undefined;
      return;
    default:
      return;
  }
};

/**
 * Folds one nonconformity event into the auditor's state (in place). The status and what lapses
 * come from the nonconformity's life cycle; the auditor adds the evidence of each fact.
 */
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
      status: statusAfter(nonConformityLifecycle.initial, event),
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
  for (const fact of nonConformityLifecycle.lapses(event)) lapse(nc, fact);
  record(nc, event, evidence);
  nc.status = statusAfter(nc.status, event);
};
