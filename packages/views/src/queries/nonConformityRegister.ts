import type { ActionStatus, NonConformitySource, NonConformityStatus, Severity } from '@mgmt-review/core';
import { daysBetween } from '@mgmt-review/core';
import type { NonConformityRecord, NonConformityStep, ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { isToDo } from './actionRegister.js';
import { compareText } from './order.js';

/** An action linked to a nonconformity: planned as its corrective action, or raised from it. */
export interface LinkedAction {
  readonly actionId: string;
  /** `unknown` when the action's own history is not (yet) in the views. */
  readonly status: ActionStatus | 'unknown';
  readonly dueDate: string | undefined;
  readonly overdue: boolean;
  /** Planned in the nonconformity's current cycle (since it was raised or last reopened). */
  readonly currentCycle: boolean;
}

/** One nonconformity on the register, on the day asked about. */
export interface NonConformityRow {
  readonly nonConformityId: string;
  readonly source: NonConformitySource;
  readonly sourceReference: string;
  readonly severity: Severity;
  readonly requirement: string;
  readonly ownerId: string;
  readonly status: NonConformityStatus;
  readonly raisedOn: string;
  /** The furthest step of 10.2 reached in the current cycle. */
  readonly step: NonConformityStep;
  readonly stepSince: string;
  readonly daysInStep: number;
  /** The steps of 10.2 done in the current cycle. */
  readonly steps: {
    /** 10.2 a: the reaction (correction, containment). */
    readonly correction: boolean;
    /** 10.2 b 1–2: root cause. */
    readonly rootCause: boolean;
    /** 10.2 b 3: similar nonconformities assessed. */
    readonly similarAssessed: boolean;
    /** 10.2 c: corrective actions planned, or a justified decision that none is needed. */
    readonly correctiveAction: 'planned' | 'notNeeded' | 'none';
    readonly implemented: boolean;
    /** 10.2 d: effectiveness reviewed and confirmed. */
    readonly effectivenessVerified: boolean;
  };
  /** Days from the start of the current cycle to its close, or to the day asked about while open. */
  readonly ageDays: number;
  readonly reopened: number;
  readonly ineffectiveVerifications: number;
  readonly ismsChanges: number;
  readonly closedOn: string | undefined;
  readonly linkedActions: readonly LinkedAction[];
}

/** The ids of the actions linked to a nonconformity, in the order they were linked. */
export const linkedActionIdsOf = (state: ViewsState, n: NonConformityRecord): readonly string[] => {
  const raised = state.actionIdsByOrigin.get(n.nonConformityId) ?? [];
  const ids = n.allPlannedActionIds.slice();
  for (const actionId of raised) if (!ids.includes(actionId)) ids.push(actionId);
  return ids;
};

/** One nonconformity record as a read-only row on `today`. */
export const nonConformityRowOf = (state: ViewsState, n: NonConformityRecord, today: string): NonConformityRow => ({
  nonConformityId: n.nonConformityId,
  source: n.source,
  sourceReference: n.sourceReference,
  severity: n.severity,
  requirement: n.requirement,
  ownerId: n.ownerId,
  status: n.status,
  raisedOn: n.raisedOn,
  step: n.step,
  stepSince: n.stepSince,
  daysInStep: Math.max(0, daysBetween(n.stepSince, n.closedOn ?? today)),
  steps: {
    correction: n.correctionRecorded,
    rootCause: n.rootCauseRecorded,
    similarAssessed: n.similarAssessed,
    correctiveAction: n.plannedActionIds.length > 0 ? 'planned' : n.noCorrectiveAction ? 'notNeeded' : 'none',
    implemented: n.implemented,
    effectivenessVerified: n.effectivenessVerified,
  },
  ageDays: Math.max(0, daysBetween(n.cycleStartedOn, n.closedOn ?? today)),
  reopened: n.reopened,
  ineffectiveVerifications: n.ineffectiveVerifications,
  ismsChanges: n.ismsChanges,
  closedOn: n.closedOn,
  linkedActions: linkedActionIdsOf(state, n).map((actionId) => {
    const a = state.actions.get(actionId);
    return {
      actionId,
      status: a === undefined ? 'unknown' : a.status,
      dueDate: a?.dueDate,
      overdue: a !== undefined && isToDo(a.status) && a.dueDate < today,
      currentCycle: n.plannedActionIds.includes(actionId),
    };
  }),
});

export interface NonConformityRegisterQuery {
  /** The day (or instant) the register is read on: age and days in step are relative to it. */
  readonly now: string;
  readonly status?: Exclude<NonConformityStatus, 'none'>;
  readonly severity?: Severity;
  readonly source?: NonConformitySource;
}

/** The nonconformity register on the day `now`, filtered, ordered by the day raised (then id). */
export const nonConformityRegister = (
  state: ViewsState,
  query: NonConformityRegisterQuery,
): readonly NonConformityRow[] => {
  const today = dayOfNow(query.now);
  const rows: NonConformityRow[] = [];
  for (const n of state.nonConformities.values()) {
    if (query.severity !== undefined && n.severity !== query.severity) continue;
    if (query.source !== undefined && n.source !== query.source) continue;
    const row = nonConformityRowOf(state, n, today);
    if (query.status !== undefined && row.status !== query.status) continue;
    rows.push(row);
  }
  return rows.sort((x, y) =>
    x.raisedOn === y.raisedOn ? compareText(x.nonConformityId, y.nonConformityId) : compareText(x.raisedOn, y.raisedOn),
  );
};
