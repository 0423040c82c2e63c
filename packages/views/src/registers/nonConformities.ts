import { dayOf, type NonConformityEvent, type NonConformityFact, nonConformityLifecycle } from '@mgmt-review/core';
import type { NonConformityRecord, NonConformityStep } from '../state.js';

/** The furthest step of 10.2 the nonconformity's current cycle has reached. */
const stepOf = (n: NonConformityRecord): NonConformityStep => {
  if (n.status === 'closed') return 'closed';
  if (n.effectivenessVerified) return 'effectivenessVerified';
  if (n.implemented) return 'implemented';
  if (n.plannedActionIds.length > 0) return 'actionsPlanned';
  if (n.noCorrectiveAction) return 'noActionNeeded';
  if (n.rootCauseRecorded) return 'causeAnalysed';
  if (n.correctionRecorded) return 'corrected';
  return 'raised';
};

const newNonConformity = (
  event: Extract<NonConformityEvent, { type: 'NonConformityRaised' }>,
  day: string,
): NonConformityRecord => {
  const d = event.data;
  return {
    nonConformityId: d.nonConformityId,
    source: d.source,
    sourceReference: d.sourceReference,
    severity: d.severity,
    requirement: d.requirement,
    ownerId: d.owner.id,
    auditId: d.auditId,
    raisedOn: day,
    cycleStartedOn: day,
    status: nonConformityLifecycle.statusAfter(nonConformityLifecycle.initial, event),
    step: 'raised',
    stepSince: day,
    correctionRecorded: false,
    rootCauseRecorded: false,
    similarAssessed: false,
    plannedActionIds: [],
    allPlannedActionIds: [],
    noCorrectiveAction: false,
    implemented: false,
    effectivenessVerified: false,
    ineffectiveVerifications: 0,
    ismsChanges: 0,
    closedOn: undefined,
    reopened: 0,
    lastActivityOn: day,
  };
};

/** Clears the fields of the register that record a fact of the treatment that lapsed. */
const lapse = (n: NonConformityRecord, fact: NonConformityFact): void => {
  switch (fact) {
    case 'correctiveActions':
      n.plannedActionIds = [];
      return;
    case 'noCorrectiveAction':
      n.noCorrectiveAction = false;
      return;
    case 'implementation':
      n.implemented = false;
      return;
    case 'effectiveness':
      n.effectivenessVerified = false;
      return;
  }
};

/** What the register records of each event beyond the status and what lapses: steps done, dates, counts. */
const record = (n: NonConformityRecord, event: NonConformityEvent, day: string): void => {
  switch (event.type) {
    case 'CorrectionRecorded':
      n.correctionRecorded = true;
      return;
    case 'RootCauseRecorded':
      n.rootCauseRecorded = true;
      return;
    case 'SimilarNonConformitiesAssessed':
      n.similarAssessed = true;
      return;
    case 'CorrectiveActionsPlanned':
      for (const planned of event.data.actions) {
        n.plannedActionIds.push(planned.actionId);
        n.allPlannedActionIds.push(planned.actionId);
      }
      return;
    case 'NoCorrectiveActionDecided':
      n.noCorrectiveAction = true;
      return;
    case 'CorrectiveActionsImplemented':
      n.implemented = true;
      return;
    case 'NonConformityEffectivenessVerified':
      if (event.data.effective) n.effectivenessVerified = true;
      else n.ineffectiveVerifications += 1;
      return;
    case 'IsmsChangeRecorded':
      n.ismsChanges += 1;
      return;
    case 'NonConformityClosed':
      n.closedOn = day;
      return;
    case 'NonConformityReopened':
      // A recurrence starts a new cycle.
      n.closedOn = undefined;
      n.cycleStartedOn = day;
      n.reopened += 1;
      return;
    default:
      return;
  }
};

/**
 * Folds one nonconformity event into the nonconformity records, in place. The status and what
 * lapses come from the nonconformity's life cycle; the register adds the steps of 10.2 done, the
 * dates and the counts.
 */
export const applyNonConformityEvent = (
  nonConformities: Map<string, NonConformityRecord>,
  event: NonConformityEvent,
): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'NonConformityRaised') {
    nonConformities.set(event.data.nonConformityId, newNonConformity(event, day));
    return;
  }
  const n = nonConformities.get(event.data.nonConformityId);
  if (n === undefined) return;
  n.lastActivityOn = day;
  for (const fact of nonConformityLifecycle.lapses(event)) lapse(n, fact);
  record(n, event, day);
  n.status = nonConformityLifecycle.statusAfter(n.status, event);
  const step = stepOf(n);
  if (step !== n.step || event.type === 'NonConformityReopened') {
    n.step = step;
    n.stepSince = day;
  }
};
