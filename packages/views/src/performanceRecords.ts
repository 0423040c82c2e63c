import type {
  AuditKind,
  AuditStatus,
  Direction,
  FindingKind,
  Frequency,
  IndicatorStatus,
  ObjectiveStatus,
  Progress,
} from '@mgmt-review/core';

/**
 * The records of what a review's performance inputs rest on (9.3.2 d): objectives (6.2), indicators
 * and their measurements (9.1), audits in their programme (9.2). Like every record of the views they
 * are mutable on purpose (a projection updates them in place) and every day is `YYYY-MM-DD` (UTC),
 * the day of the event's business time.
 */

/** A measurement an objective's evaluation cites: one indicator's value for one period. */
export interface CitedMeasurementRecord {
  readonly indicatorId: string;
  readonly period: string;
  readonly value: number;
}

/** The latest evaluation of an objective's progress (6.2 d). */
export interface ProgressRecord {
  readonly progress: Progress;
  readonly comment: string;
  readonly evaluatedOn: string;
  readonly evaluatedBy: string;
  readonly measurement: CitedMeasurementRecord | undefined;
  /** Whether the cited measurement met the target in force; undefined for an objective that is not measurable. */
  readonly meetsTarget: boolean | undefined;
}

/** How an objective ended: achieved, missed or withdrawn, on which day and why. */
export interface ObjectiveOutcomeRecord {
  readonly on: string;
  /** The evaluation's conclusion (achieved on criteria, missed) or the reason for withdrawal. */
  readonly reason: string | undefined;
  /** The measurement it was achieved or missed on, when one was cited. */
  readonly measurement: CitedMeasurementRecord | undefined;
  /** What follows a missed objective. */
  readonly followUp: string | undefined;
}

export interface ObjectiveRecord {
  objectiveId: string;
  status: ObjectiveStatus;
  statement: string;
  policyReference: string;
  ownerId: string;
  setOn: string;
  /** 6.2 b: the measurable target; undefined for an objective judged by its criteria. */
  target: { readonly indicatorId: string; readonly value: number; readonly direction: Direction } | undefined;
  fulfilmentCriteria: string | undefined;
  /** 6.2 k: when it will be completed. */
  dueDate: string;
  revisions: number;
  lastRevisionReason: string | undefined;
  /** Lapses with a revision, as core's `objectiveLifecycle` says. */
  progress: ProgressRecord | undefined;
  outcome: ObjectiveOutcomeRecord | undefined;
  lastActivityOn: string;
}

/** A value of a period superseded by a correction: it stays visible, and is never counted. */
export interface CorrectionRecord {
  readonly previousValue: number;
  readonly value: number;
  readonly reason: string;
  readonly sourceReference: string;
  readonly correctedBy: string;
  readonly correctedOn: string;
}

/** 9.1 f: the analyst's conclusion on a period's value. */
export interface PeriodAnalysisRecord {
  readonly conclusion: string;
  readonly breachExplanation: string | undefined;
  readonly analysedBy: string;
  readonly analysedOn: string;
  /** The value the analysis rests on. */
  readonly value: number;
}

/** One period of an indicator: the value in force (the latest correction, or the value first recorded). */
export interface PeriodRecord {
  readonly period: string;
  value: number;
  sourceReference: string;
  /** Who recorded the period's first value. */
  readonly measuredBy: string;
  readonly recordedOn: string;
  /** As the indicator's decider computed it for the value in force (target and threshold, with the direction). */
  meetsTarget: boolean;
  breach: boolean;
  /** Oldest first. */
  readonly corrections: CorrectionRecord[];
  /** Lapses with a correction of the period, as core's `indicatorLifecycle` says. */
  analysis: PeriodAnalysisRecord | undefined;
}

export interface IndicatorRecord {
  indicatorId: string;
  status: IndicatorStatus;
  name: string;
  subject: { readonly kind: 'process' | 'control'; readonly name: string };
  annexAControl: string | undefined;
  method: string;
  unit: string;
  direction: Direction;
  frequency: Frequency;
  measuredById: string;
  analysedById: string;
  target: number;
  threshold: number;
  definedOn: string;
  retiredOn: string | undefined;
  retireReason: string | undefined;
  /** By period (`2026-03`). */
  readonly periods: Map<string, PeriodRecord>;
  lastActivityOn: string;
}

export interface FindingRecord {
  readonly findingId: string;
  readonly kind: FindingKind;
  readonly process: string;
  readonly requirement: string;
  readonly description: string;
  readonly auditorId: string;
  /** The NonConformity raised for a nonconformity finding. */
  readonly nonConformityId: string | undefined;
  readonly recordedOn: string;
}

/** 9.2.2 d: the audit's report. */
export interface AuditReportRecord {
  readonly reference: string;
  readonly reportedOn: string;
  readonly reportedTo: readonly string[];
  readonly reportedBy: string;
}

export interface AuditRecord {
  auditId: string;
  programmeId: string;
  status: AuditStatus;
  kind: AuditKind;
  auditBody: string | undefined;
  scope: readonly { readonly process: string; readonly ownerId: string }[];
  criteria: readonly string[];
  window: { readonly from: string; readonly to: string };
  leadAuditorId: string;
  plannedOn: string;
  startedOn: string | undefined;
  /** In the order recorded. */
  readonly findings: FindingRecord[];
  report: AuditReportRecord | undefined;
  closedOn: string | undefined;
  cancelledOn: string | undefined;
  cancelReason: string | undefined;
  lastActivityOn: string;
}
