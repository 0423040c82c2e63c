import type { ActionStatus, NonConformitySource, RiskStage, Severity } from '@mgmt-review/core';

/**
 * What the KPI fold keeps: for each aggregate, the dated facts a KPI of any period needs (when it
 * was planned, held, raised, closed; each status change and due-date change with its day; each
 * risk's rating after each change). Periods are chosen when KPIs are computed, so one state
 * answers for months and quarters, over any range. Records are mutable: the fold updates them in
 * place. Every day is `YYYY-MM-DD` (UTC), the day of the event's business time (`data.at`).
 */

export interface KpiReviewRecord {
  firstPlannedDate: string;
  heldOn: string | undefined;
  cancelledOn: string | undefined;
  agendaSize: number;
  presented: number;
}

export interface KpiActionRecord {
  raisedOn: string;
  /** A corrective action: raised from a nonconformity, or planned by one. */
  corrective: boolean;
  /** Each status its life cycle gave from raise on, with the day it began, in order. */
  statuses: { readonly day: string; readonly status: ActionStatus }[];
  /** Each due date from raise on, with the day it took effect, in order. */
  dueDates: { readonly day: string; readonly dueDate: string }[];
  /** The days the due date was moved later. */
  slips: string[];
  completedOn: string | undefined;
  closedOn: string | undefined;
  /** Completed no later than the due date in force when it was completed. */
  closedOnTime: boolean;
  /** The days it was verified (a reopened action is verified again). */
  verifiedOn: string[];
}

export interface KpiNonConformityCycle {
  readonly startedOn: string;
  closedOn: string | undefined;
  effectivenessVerified: boolean;
}

export interface KpiNonConformityRecord {
  severity: Severity;
  source: NonConformitySource;
  raisedOn: string;
  /** The first cycle starts when raised; each reopening (a recurrence) starts another. */
  cycles: KpiNonConformityCycle[];
}

/** A risk as it stood from `day` on (until its next snapshot). */
export interface KpiRiskSnapshot {
  readonly day: string;
  /** The stage its life cycle gave: assessed once it is past `identified`; `retired` ends it. */
  readonly stage: RiskStage;
  readonly inherentScore: number;
  readonly residualScore: number | undefined;
  readonly appetite: number;
  readonly planApproved: boolean;
  readonly acceptanceExpiresOn: string | undefined;
}

export interface KpiState {
  readonly reviews: Map<string, KpiReviewRecord>;
  readonly actions: Map<string, KpiActionRecord>;
  /** Actions planned by a nonconformity before (or without) their own history. */
  readonly plannedCorrective: Set<string>;
  readonly nonConformities: Map<string, KpiNonConformityRecord>;
  readonly risks: Map<string, KpiRiskSnapshot[]>;
}

export const initialKpiState = (): KpiState => ({
  reviews: new Map(),
  actions: new Map(),
  plannedCorrective: new Set(),
  nonConformities: new Map(),
  risks: new Map(),
});
