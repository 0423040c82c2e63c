import type {
  ActionStatus,
  AuditStatus,
  Direction,
  FindingKind,
  Frequency,
  ImprovementStatus,
  IndicatorStatus,
  NonConformitySource,
  ObjectiveStatus,
  Progress,
  RiskStage,
  ScoreScale,
  Severity,
} from '@mgmt-review/core';

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

/** A fact of a record as it stood from `day` on (until the next one): a status, an evaluation. */
export interface Dated<T> {
  readonly day: string;
  readonly value: T;
}

/** An information-security objective (6.2): its statuses and its evaluations of progress, by day. */
export interface KpiObjectiveRecord {
  /** Each status its life cycle gave from set on, with the day it began, in order. */
  statuses: Dated<ObjectiveStatus>[];
  /** Each evaluation of progress with its day; `undefined` from the day a revision made the one before lapse. */
  progress: Dated<Progress | undefined>[];
}

/** One value an indicator period had: as recorded, then as each correction superseded it. */
export interface KpiMeasuredValue {
  readonly day: string;
  readonly value: number;
  /** Whether the value breaches the indicator's threshold, as its decider recorded it. */
  readonly breach: boolean;
}

/** The measurement of one indicator period (9.1), every value it had in order: the last one supersedes the rest. */
export interface KpiMeasurementRecord {
  /** The indicator period's last day: the KPI period it ends in is the one it counts in. */
  readonly end: string;
  readonly values: KpiMeasuredValue[];
}

/** An indicator (9.1): its definition and its measurements by indicator period (`2026-03`, `2026-Q1`…). */
export interface KpiIndicatorRecord {
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly frequency: Frequency;
  readonly target: number;
  readonly threshold: number;
  statuses: Dated<IndicatorStatus>[];
  readonly measurements: Map<string, KpiMeasurementRecord>;
}

/** An audit (9.2) of a programme: its planned window's last day, its statuses, its findings. */
export interface KpiAuditRecord {
  readonly programmeId: string;
  /** The last day of the planned window: the audit is planned for the period this day falls in. */
  readonly plannedBy: string;
  statuses: Dated<AuditStatus>[];
  /** The kind of each finding, with the day it was recorded. */
  findings: Dated<FindingKind>[];
}

/** A party's feedback item: when it was recorded, and first taken into account by a link or by a reason. */
export interface KpiFeedbackRecord {
  readonly recordedOn: string;
  linkedOn: string | undefined;
  reasonGivenOn: string | undefined;
}

/** The results of a consultation: the day they were recorded, the response rate and the score on its scale. */
export interface KpiConsultationResults {
  readonly day: string;
  /** From 0 to 1. */
  readonly responseRate: number;
  readonly scale: ScoreScale | undefined;
  readonly score: number | undefined;
}

/** A consultation of interested parties (9.3.2 c, e): its results and its feedback items by id. */
export interface KpiConsultationRecord {
  results: KpiConsultationResults | undefined;
  readonly feedback: Map<string, KpiFeedbackRecord>;
}

/** An opportunity for improvement (10.1): each status its life cycle gave, with the day it began. */
export interface KpiImprovementRecord {
  statuses: Dated<ImprovementStatus>[];
}

export interface KpiState {
  readonly reviews: Map<string, KpiReviewRecord>;
  readonly actions: Map<string, KpiActionRecord>;
  /** Actions planned by a nonconformity before (or without) their own history. */
  readonly plannedCorrective: Set<string>;
  readonly nonConformities: Map<string, KpiNonConformityRecord>;
  readonly risks: Map<string, KpiRiskSnapshot[]>;
  readonly objectives: Map<string, KpiObjectiveRecord>;
  readonly indicators: Map<string, KpiIndicatorRecord>;
  readonly audits: Map<string, KpiAuditRecord>;
  readonly consultations: Map<string, KpiConsultationRecord>;
  readonly improvements: Map<string, KpiImprovementRecord>;
}

export const initialKpiState = (): KpiState => ({
  reviews: new Map(),
  actions: new Map(),
  plannedCorrective: new Set(),
  nonConformities: new Map(),
  risks: new Map(),
  objectives: new Map(),
  indicators: new Map(),
  audits: new Map(),
  consultations: new Map(),
  improvements: new Map(),
});
