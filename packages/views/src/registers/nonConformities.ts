import type { NonConformityEvent } from '@mgmt-review/core';
import { dayOf } from '@mgmt-review/core';
import type { NonConformityRecord, NonConformityStep } from '../state.js';

/** The furthest step of 10.2 the nonconformity's current cycle has reached. */
const stepOf = (n: NonConformityRecord, closed: boolean): NonConformityStep => {
  if (closed) return 'closed';
  if (n.effectivenessVerified) return 'effectivenessVerified';
  if (n.implemented) return 'implemented';
  if (n.plannedActionIds.length > 0) return 'actionsPlanned';
  if (n.noCorrectiveAction) return 'noActionNeeded';
  if (n.rootCauseRecorded) return 'causeAnalysed';
  if (n.correctionRecorded) return 'corrected';
  return 'raised';
};

const newNonConformity = (
  d: Extract<NonConformityEvent, { type: 'NonConformityRaised' }>['data'],
  day: string,
): NonConformityRecord => ({
  nonConformityId: d.nonConformityId,
  source: d.source,
  sourceReference: d.sourceReference,
  severity: d.severity,
  requirement: d.requirement,
  ownerId: d.owner.id,
  raisedOn: day,
  cycleStartedOn: day,
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
});

/** Folds one nonconformity event into the nonconformity records, in place. */
export const applyNonConformityEvent = (
  nonConformities: Map<string, NonConformityRecord>,
  event: NonConformityEvent,
): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'NonConformityRaised') {
    nonConformities.set(event.data.nonConformityId, newNonConformity(event.data, day));
    return;
  }
  const n = nonConformities.get(event.data.nonConformityId);
  if (n === undefined) return;
  n.lastActivityOn = day;
  let closed = n.closedOn !== undefined;
  switch (event.type) {
    case 'CorrectionRecorded':
      n.correctionRecorded = true;
      break;
    case 'RootCauseRecorded':
      n.rootCauseRecorded = true;
      break;
    case 'SimilarNonConformitiesAssessed':
      n.similarAssessed = true;
      break;
    case 'CorrectiveActionsPlanned':
      for (const planned of event.data.actions) {
        n.plannedActionIds.push(planned.actionId);
        n.allPlannedActionIds.push(planned.actionId);
      }
      n.implemented = false;
      break;
    case 'NoCorrectiveActionDecided':
      n.noCorrectiveAction = true;
      break;
    case 'CorrectiveActionsImplemented':
      n.implemented = true;
      break;
    case 'NonConformityEffectivenessVerified':
      if (event.data.effective) n.effectivenessVerified = true;
      else {
        n.implemented = false;
        n.ineffectiveVerifications += 1;
      }
      break;
    case 'IsmsChangeRecorded':
      n.ismsChanges += 1;
      break;
    case 'NonConformityClosed':
      n.closedOn = day;
      closed = true;
      break;
    case 'NonConformityReopened':
      // A recurrence starts a new cycle: it needs corrective action again (as the decider sees it).
      n.closedOn = undefined;
      closed = false;
      n.cycleStartedOn = day;
      n.plannedActionIds = [];
      n.noCorrectiveAction = false;
      n.implemented = false;
      n.effectivenessVerified = false;
      n.reopened += 1;
      break;
  }
  const step = stepOf(n, closed);
  if (step !== n.step || event.type === 'NonConformityReopened') {
    n.step = step;
    n.stepSince = day;
  }
};
