import type { Person } from '../shared/codecs.js';
import type { NonConformityEvent, PlannedAction, Severity } from './events.js';

/** Where a nonconformity stands: `open` until closed; a recurrence reopens it. */
export type NonConformityStatus = 'none' | 'open' | 'closed';

/**
 * A nonconformity as its decider sees it. The fields describing the treatment (root cause,
 * planned actions, implementation, effectiveness, no-action decision) belong to the current
 * cycle: a reopened nonconformity needs corrective action again.
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
  status: 'none',
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

type Changes = { readonly [K in keyof NonConformity]?: NonConformity[K] };

const next = (s: NonConformity, c: Changes): NonConformity => ({
  status: c.status ?? s.status,
  nonConformityId: c.nonConformityId ?? s.nonConformityId,
  severity: c.severity ?? s.severity,
  owner: c.owner ?? s.owner,
  correctionRecorded: c.correctionRecorded ?? s.correctionRecorded,
  rootCauseRecorded: c.rootCauseRecorded ?? s.rootCauseRecorded,
  similarAssessed: c.similarAssessed ?? s.similarAssessed,
  plannedActions: c.plannedActions ?? s.plannedActions,
  noCorrectiveActionJustified: c.noCorrectiveActionJustified ?? s.noCorrectiveActionJustified,
  implemented: c.implemented ?? s.implemented,
  effectivenessVerified: c.effectivenessVerified ?? s.effectivenessVerified,
  ismsChanges: c.ismsChanges ?? s.ismsChanges,
  reopened: c.reopened ?? s.reopened,
  lastAt: c.lastAt ?? s.lastAt,
});

/** Applies one event of the nonconformity's history. */
export const evolveNonConformity = (state: NonConformity, event: NonConformityEvent): NonConformity => {
  const at = event.data.at;
  switch (event.type) {
    case 'NonConformityRaised':
      return next(initialNonConformityState, {
        status: 'open',
        nonConformityId: event.data.nonConformityId,
        severity: event.data.severity,
        owner: event.data.owner,
        lastAt: at,
      });
    case 'CorrectionRecorded':
      return next(state, { correctionRecorded: true, lastAt: at });
    case 'RootCauseRecorded':
      return next(state, { rootCauseRecorded: true, lastAt: at });
    case 'SimilarNonConformitiesAssessed':
      return next(state, { similarAssessed: true, lastAt: at });
    case 'CorrectiveActionsPlanned':
      // New actions start a new implementation round.
      return next(state, {
        plannedActions: state.plannedActions.concat(event.data.actions),
        implemented: false,
        lastAt: at,
      });
    case 'NoCorrectiveActionDecided':
      return next(state, { noCorrectiveActionJustified: true, lastAt: at });
    case 'CorrectiveActionsImplemented':
      return next(state, { implemented: true, lastAt: at });
    case 'NonConformityEffectivenessVerified':
      // Not effective: the actions did not remove the cause; more corrective action is needed.
      return event.data.effective
        ? next(state, { effectivenessVerified: true, lastAt: at })
        : next(state, { implemented: false, lastAt: at });
    case 'IsmsChangeRecorded':
      return next(state, { ismsChanges: state.ismsChanges + 1, lastAt: at });
    case 'NonConformityClosed':
      return next(state, { status: 'closed', lastAt: at });
    case 'NonConformityReopened':
      return next(state, {
        status: 'open',
        plannedActions: [],
        noCorrectiveActionJustified: false,
        implemented: false,
        effectivenessVerified: false,
        reopened: state.reopened + 1,
        lastAt: at,
      });
  }
};
