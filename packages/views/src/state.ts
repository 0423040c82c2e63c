import type {
  ActionOrigin,
  ActionStatus,
  Cadence,
  CiaImpact,
  DecisionKind,
  NonConformitySource,
  NonConformityStatus,
  ReviewKind,
  ReviewStatus,
  RiskStage,
  Severity,
  TreatmentOption,
  VerdictAspect,
  VerdictOutcome,
} from '@mgmt-review/core';
import type { AuditRecord, IndicatorRecord, ObjectiveRecord } from './performanceRecords.js';
import type { ConsultationRecord } from './registers/consultations.js';
import { type ContextRecords, initialClimateRecord } from './registers/contextIssues.js';
import type { ImprovementRecord } from './registers/improvements.js';
import type { InterestedPartyRecord } from './registers/interestedParties.js';

/**
 * The records the view projections keep, one per aggregate. They are mutable on purpose: a
 * projection owns its state and updates a record in place on each event (no copy per event), and
 * the query functions hand out plain read-only rows copied from them. Every day is `YYYY-MM-DD`
 * (UTC), the day of the event's business time (`data.at`).
 */

/** A decision of a review (9.3.3) and the actions it calls for. */
export interface DecisionRecord {
  readonly decisionId: string;
  readonly kind: DecisionKind;
  readonly description: string;
  readonly actionIds: readonly string[];
}

/** The next review as the previous one scheduled it (9.3.1). */
export interface NextReviewRecord {
  readonly plannedDate: string;
  readonly withinCadence: boolean;
  readonly nextReviewId: string | undefined;
  readonly longerGapReason: string | undefined;
}

export interface ReviewRecord {
  reviewId: string;
  status: ReviewStatus;
  kind: ReviewKind;
  cadence: Cadence;
  chairId: string;
  /** The catalogues it follows: one, or several for an integrated review. */
  catalogueIds: readonly string[];
  previousReviewId: string | undefined;
  scheduledOn: string;
  /** The planned date the review was first scheduled for. */
  firstPlannedDate: string;
  plannedDate: string;
  reschedules: number;
  participants: number;
  reportsRequested: number;
  reportsSubmitted: number;
  /** The inputs on the agenda, in agenda order (`reviewAgendaOf`). */
  agenda: readonly string[];
  /** How each agenda input was addressed, by input id. */
  coverage: Map<string, 'presented' | 'notCovered'>;
  heldOn: string | undefined;
  decisions: DecisionRecord[];
  verdicts: Partial<Record<VerdictAspect, VerdictOutcome>>;
  minutes: 'none' | 'drafted' | 'approved';
  minutesApprovedOn: string | undefined;
  minutesApprovedBy: string | undefined;
  communicatedOn: string | undefined;
  nextReview: NextReviewRecord | undefined;
  closedOn: string | undefined;
  cancelledOn: string | undefined;
  cancelReason: string | undefined;
  corrections: number;
}

export interface ActionRecord {
  actionId: string;
  title: string;
  status: ActionStatus;
  ownerId: string;
  origin: ActionOrigin;
  originId: string;
  decisionId: string | undefined;
  raisedOn: string;
  /** The due date the action was raised with. */
  firstDueDate: string;
  dueDate: string;
  /** Due-date changes that moved the date later. */
  slips: number;
  dueDateChanges: number;
  percentComplete: number | undefined;
  completedOn: string | undefined;
  verifiedOn: string | undefined;
  verifiedBy: string | undefined;
  closedOn: string | undefined;
  cancelledOn: string | undefined;
  reopened: number;
  lastActivityOn: string;
}

/**
 * Where a nonconformity stands in the steps of 10.2: `raised`, `corrected` (a: reaction),
 * `causeAnalysed` (b), `actionsPlanned` or `noActionNeeded` (c), `implemented` (c),
 * `effectivenessVerified` (d), `closed`.
 */
export type NonConformityStep =
  | 'raised'
  | 'corrected'
  | 'causeAnalysed'
  | 'actionsPlanned'
  | 'noActionNeeded'
  | 'implemented'
  | 'effectivenessVerified'
  | 'closed';

export interface NonConformityRecord {
  nonConformityId: string;
  source: NonConformitySource;
  sourceReference: string;
  severity: Severity;
  requirement: string;
  ownerId: string;
  /** The Audit that found it (source `internalAudit` or `externalAudit`), when it names one. */
  auditId: string | undefined;
  raisedOn: string;
  /** The day the current treatment cycle started: raised, or last reopened. */
  cycleStartedOn: string;
  status: NonConformityStatus;
  /** Where the current cycle stands in the steps of 10.2 (`closed` once the status is). */
  step: NonConformityStep;
  /** The day the nonconformity reached its current step. */
  stepSince: string;
  correctionRecorded: boolean;
  rootCauseRecorded: boolean;
  similarAssessed: boolean;
  /** Corrective actions planned in the current cycle. */
  plannedActionIds: string[];
  /** Corrective actions planned in every cycle. */
  allPlannedActionIds: string[];
  noCorrectiveAction: boolean;
  implemented: boolean;
  effectivenessVerified: boolean;
  ineffectiveVerifications: number;
  ismsChanges: number;
  closedOn: string | undefined;
  reopened: number;
  lastActivityOn: string;
}

export interface RatingRecord {
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
}

export interface AcceptanceRecord {
  readonly acceptedBy: string;
  readonly acceptedOn: string;
  readonly expiresOn: string;
  readonly score: number;
  readonly aboveAppetite: boolean;
  readonly exceptionJustification: string | undefined;
}

export interface RiskRecord {
  riskId: string;
  scenario: string;
  asset: string;
  ownerId: string;
  cia: CiaImpact;
  stage: RiskStage;
  identifiedOn: string;
  assessedOn: string | undefined;
  inherent: RatingRecord | undefined;
  /** The highest score of the scale (likelihood levels × impact levels). */
  maxScore: number;
  appetite: number;
  treatment: TreatmentOption | undefined;
  controls: readonly string[];
  planApprovedOn: string | undefined;
  planApprovedBy: string | undefined;
  actionIds: string[];
  residual: RatingRecord | undefined;
  residualAssessedOn: string | undefined;
  acceptance: AcceptanceRecord | undefined;
  reassessments: number;
  retiredOn: string | undefined;
  lastActivityOn: string;
}

/** The state of every view of one tenant: one record per aggregate, by id. */
export interface ViewsState {
  readonly reviews: Map<string, ReviewRecord>;
  readonly actions: Map<string, ActionRecord>;
  /** Actions by the id of what they come from (review, nonconformity, risk, improvement). */
  readonly actionIdsByOrigin: Map<string, string[]>;
  readonly nonConformities: Map<string, NonConformityRecord>;
  readonly risks: Map<string, RiskRecord>;
  /** The organisation's context (4.1): its issues by id, and the climate-change decisions. */
  readonly context: ContextRecords;
  /** Interested parties (4.2) and their requirements, by party id. */
  readonly interestedParties: Map<string, InterestedPartyRecord>;
  /** Consultations of interested parties (9.3.2 c, e), by id. */
  readonly consultations: Map<string, ConsultationRecord>;
  /** The continual-improvement log (10.1, 9.3.2 g): opportunities by id. */
  readonly improvements: Map<string, ImprovementRecord>;
  /** Information-security objectives (6.2), by id. */
  readonly objectives: Map<string, ObjectiveRecord>;
  /** Indicators and their values by period (9.1), by id. */
  readonly indicators: Map<string, IndicatorRecord>;
  /** The audits of every programme (9.2), by id. */
  readonly audits: Map<string, AuditRecord>;
  /** How many events were folded. */
  eventCount: number;
}

export const initialViewsState = (): ViewsState => ({
  reviews: new Map(),
  actions: new Map(),
  actionIdsByOrigin: new Map(),
  nonConformities: new Map(),
  risks: new Map(),
  context: { issues: new Map(), climate: initialClimateRecord() },
  interestedParties: new Map(),
  consultations: new Map(),
  improvements: new Map(),
  objectives: new Map(),
  indicators: new Map(),
  audits: new Map(),
  eventCount: 0,
});
