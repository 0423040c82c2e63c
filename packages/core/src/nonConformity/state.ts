import type { Person } from '../shared/codecs.js';
import type { NonConformityEvent, PlannedAction, Severity } from './events.js';
import { type NonConformityFact, type NonConformityStatus, nonConformityLifecycle } from './lifecycle.js';

/**
 * A nonconformity as its decider sees it. The fields describing the treatment (planned actions,
 * implementation, effectiveness, no-action decision) belong to the current cycle: they lapse as
 * `nonConformityLifecycle` says.
 */
export interface NonConformity {
  readonly status: NonConformityStatus;
  readonly nonConformityId: string;
  readonly severity: Severity;
  readonly owner: Person | undefined;
  readonly correctionRecorded: boolean;
  readonly rootCauseRecorded: boolean;
  readonly similarAssessed: boolean;
  readonly plannedActions: readonly PlannedAction[];
  readonly noCorrectiveActionJustified: boolean;
  readonly implemented: boolean;
  readonly effectivenessVerified: boolean;
  readonly ismsChanges: number;
  readonly reopened: number;
  readonly lastAt: string | undefined;
}

export const initialNonConformityState: NonConformity = {
  status: nonConformityLifecycle.initial,
  nonConformityId: '',
  severity: 'minor',
  owner: undefined,
  correctionRecorded: false,
  rootCauseRecorded: false,
  similarAssessed: false,
  plannedActions: [],
  noCorrectiveActionJustified: false,
  implemented: false,
  effectivenessVerified: false,
  ismsChanges: 0,
  reopened: 0,
  lastAt: undefined,
};

/** What each event records, beyond the status and what lapses. */
const recorded = (s: NonConformity, event: NonConformityEvent): NonConformity => {
  switch (event.type) {
    case 'NonConformityRaised': {
      const d = event.data;
      return { ...initialNonConformityState, nonConformityId: d.nonConformityId, severity: d.severity, owner: d.owner };
    }
    case 'CorrectionRecorded':
      return { ...s, correctionRecorded: true };
    case 'RootCauseRecorded':
      return { ...s, rootCauseRecorded: true };
    case 'SimilarNonConformitiesAssessed':
      return { ...s, similarAssessed: true };
    case 'CorrectiveActionsPlanned':
      return { ...s, plannedActions: s.plannedActions.concat(event.data.actions) };
    case 'NoCorrectiveActionDecided':
      return { ...s, noCorrectiveActionJustified: true };
    case 'CorrectiveActionsImplemented':
      return { ...s, implemented: true };
    case 'NonConformityEffectivenessVerified':
      return event.data.effective ? { ...s, effectivenessVerified: true } : s;
    case 'IsmsChangeRecorded':
      return { ...s, ismsChanges: s.ismsChanges + 1 };
    case 'NonConformityReopened':
      return { ...s, reopened: s.reopened + 1 };
    case 'NonConformityClosed':
      return s;
  }
};

const lapse = (s: NonConformity, fact: NonConformityFact): NonConformity => {
  switch (fact) {
    case 'correctiveActions':
      return { ...s, plannedActions: [] };
    case 'noCorrectiveAction':
      return { ...s, noCorrectiveActionJustified: false };
    case 'implementation':
      return { ...s, implemented: false };
    case 'effectiveness':
      return { ...s, effectivenessVerified: false };
  }
};

/** Applies one event of the nonconformity's history: what lapses first, then what the event records. */
export const evolveNonConformity = (state: NonConformity, event: NonConformityEvent): NonConformity => {
  let s = state;
  for (const fact of nonConformityLifecycle.lapses(event)) s = lapse(s, fact);
  s = recorded(s, event);
  return { ...s, status: nonConformityLifecycle.statusAfter(state.status, event), lastAt: event.data.at };
};
