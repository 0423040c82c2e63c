import type {
  ActionOrigin,
  ActionStatus,
  Cadence,
  DecisionKind,
  NonConformitySource,
  NonConformityStatus,
  ParticipantRole,
  ReviewKind,
  ReviewStatus,
  RiskStage,
  Severity,
  TreatmentOption,
  VerdictAspect,
  VerdictOutcome,
} from '@mgmt-review/core';
import type { Evidence } from './evidence.js';

/**
 * What the auditor needs to know of one tenant's history, with the evidence of each fact. Built by
 * `auditorProjection`; the maps and arrays are filled in place as events are folded (a projection
 * owns its state), so no object is copied per event.
 */
export interface AuditorState {
  readonly reviews: Map<string, ReviewRecord>;
  readonly actions: Map<string, ActionRecord>;
  readonly nonConformities: Map<string, NonConformityRecord>;
  readonly risks: Map<string, RiskRecord>;
  /** How many events were folded. */
  events: number;
}

export const initialAuditorState = (): AuditorState => ({
  reviews: new Map(),
  actions: new Map(),
  nonConformities: new Map(),
  risks: new Map(),
  events: 0,
});

/** A review's status once scheduled: the review's own, from its life cycle. */
export type ReviewRecordStatus = Exclude<ReviewStatus, 'unscheduled'>;

export interface InputRecord {
  readonly kind: 'presented' | 'notCovered';
  /** The summary presented, or the justification for not covering it. */
  readonly text: string;
  readonly evidence: Evidence;
}

export interface DecisionRecord {
  readonly decisionId: string;
  readonly kind: DecisionKind;
  readonly description: string;
  readonly rationale: string;
  readonly actionIds: readonly string[];
  readonly evidence: Evidence;
}

export interface ReportRecord {
  readonly reportId: string;
  readonly requestedFrom: string;
  readonly inputIds: readonly string[];
  readonly dueDate: string;
  readonly requested: Evidence;
  submitted: Evidence | undefined;
}

export interface ReviewRecord {
  readonly reviewId: string;
  readonly kind: ReviewKind;
  readonly cadence: Cadence;
  readonly chairId: string;
  readonly previousReviewId: string | undefined;
  readonly agenda: readonly string[];
  readonly scheduled: Evidence;
  status: ReviewRecordStatus;
  plannedDate: string;
  readonly rescheduled: {
    readonly from: string;
    readonly to: string;
    readonly reason: string;
    readonly evidence: Evidence;
  }[];
  readonly participants: { readonly id: string; readonly role: ParticipantRole }[];
  readonly reports: ReportRecord[];
  meeting:
    | {
        readonly day: string;
        readonly attendees: readonly { readonly id: string; readonly role: ParticipantRole }[];
        readonly apologies: readonly string[];
        readonly evidence: Evidence;
      }
    | undefined;
  readonly inputs: Map<string, InputRecord>;
  readonly decisions: DecisionRecord[];
  readonly verdicts: Map<
    VerdictAspect,
    { readonly outcome: VerdictOutcome; readonly comment: string; readonly evidence: Evidence }
  >;
  minutesDrafted: { readonly documentRef: string; readonly evidence: Evidence } | undefined;
  minutesApproved: { readonly approvedBy: string; readonly evidence: Evidence } | undefined;
  readonly communications: {
    readonly audiences: readonly string[];
    readonly channel: string;
    readonly communicatedOn: string;
    readonly evidence: Evidence;
  }[];
  nextReview:
    | {
        readonly plannedDate: string;
        readonly withinCadence: boolean;
        readonly nextReviewId: string | undefined;
        readonly longerGapReason: string | undefined;
        readonly evidence: Evidence;
      }
    | undefined;
  closed: Evidence | undefined;
  cancelled: { readonly reason: string; readonly evidence: Evidence } | undefined;
}

/** An action's status once raised: the action's own, from its life cycle. */
export type ActionRecordStatus = Exclude<ActionStatus, 'none'>;

export interface ActionRecord {
  readonly actionId: string;
  readonly origin: ActionOrigin;
  readonly originId: string;
  readonly decisionId: string | undefined;
  readonly title: string;
  readonly ownerId: string;
  readonly originalDueDate: string;
  readonly raised: Evidence;
  status: ActionRecordStatus;
  dueDate: string;
  readonly slips: {
    readonly from: string;
    readonly to: string;
    readonly reason: string;
    readonly evidence: Evidence;
  }[];
  /** The completion and verification of the current round (a reopened action starts a new round). */
  completed: Evidence | undefined;
  verified: Evidence | undefined;
  /** Effectiveness reviews, every round. */
  readonly effectiveness: { readonly effective: boolean; readonly evidence: Evidence }[];
  reopened: number;
  closed: Evidence | undefined;
  cancelled: Evidence | undefined;
}

export interface NonConformityRecord {
  readonly nonConformityId: string;
  readonly source: NonConformitySource;
  readonly severity: Severity;
  readonly requirement: string;
  readonly raised: Evidence;
  status: Exclude<NonConformityStatus, 'none'>;
  /** The corrective actions planned in the current cycle (a reopened nonconformity starts a new cycle). */
  plannedActionIds: string[];
  implemented: Evidence | undefined;
  effectiveness: { readonly effective: boolean; readonly evidence: Evidence } | undefined;
  noCorrectiveAction: Evidence | undefined;
  closed: Evidence | undefined;
  reopened: number;
}

export interface RiskRecord {
  readonly riskId: string;
  readonly ownerId: string;
  readonly identified: Evidence;
  stage: Exclude<RiskStage, 'none'>;
  appetite: number;
  score: number | undefined;
  treatment:
    | { readonly option: TreatmentOption; readonly controls: readonly string[]; readonly evidence: Evidence }
    | undefined;
  approved: { readonly approvedBy: string; readonly evidence: Evidence } | undefined;
  residual: { readonly score: number; readonly aboveAppetite: boolean; readonly evidence: Evidence } | undefined;
  acceptance:
    | {
        readonly acceptedBy: string;
        readonly score: number;
        readonly aboveAppetite: boolean;
        readonly expiresOn: string;
        readonly exceptionJustification: string | undefined;
        readonly evidence: Evidence;
      }
    | undefined;
  retired: Evidence | undefined;
}
