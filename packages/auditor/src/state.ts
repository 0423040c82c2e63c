import type {
  ActionOrigin,
  ActionStatus,
  AuditKind,
  AuditStatus,
  AuditWindow,
  Cadence,
  ConsultationChannel,
  ConsultationItemKind,
  ConsultationStatus,
  ConsultationWindow,
  ContextIssueStatus,
  DecisionKind,
  FeedbackKind,
  FeedbackLink,
  FindingKind,
  ImprovementClosure,
  ImprovementSource,
  ImprovementStatus,
  IndicatorStatus,
  InterestedPartyStatus,
  NonConformitySource,
  NonConformityStatus,
  ObjectiveStatus,
  ObjectiveTarget,
  ParticipantRole,
  PartyKind,
  Progress,
  RequirementStatus,
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
  readonly objectives: Map<string, ObjectiveRecord>;
  readonly indicators: Map<string, IndicatorRecord>;
  readonly audits: Map<string, AuditRecord>;
  /** The internal and external issues (4.1); the climate decisions are kept apart, in `climateDecisions`. */
  readonly contextIssues: Map<string, ContextIssueRecord>;
  /** The climate-change decisions (4.1, Amd 1:2024), in the order recorded; a revision follows the decision it revises. */
  readonly climateDecisions: ClimateDecisionRecord[];
  readonly interestedParties: Map<string, InterestedPartyRecord>;
  readonly consultations: Map<string, ConsultationRecord>;
  readonly improvements: Map<string, ImprovementRecord>;
  /** How many events were folded. */
  events: number;
}

/** An empty state, before any event is folded. */
export const initialAuditorState = (): AuditorState => ({
  reviews: new Map(),
  actions: new Map(),
  nonConformities: new Map(),
  risks: new Map(),
  objectives: new Map(),
  indicators: new Map(),
  audits: new Map(),
  contextIssues: new Map(),
  climateDecisions: [],
  interestedParties: new Map(),
  consultations: new Map(),
  improvements: new Map(),
  events: 0,
});

/** A review's status once scheduled: the review's own, from its life cycle. */
export type ReviewRecordStatus = Exclude<ReviewStatus, 'unscheduled'>;

export interface InputRecord {
  readonly kind: 'presented' | 'notCovered';
  /** The summary presented, or the justification for not covering it. */
  readonly text: string;
  /** The records a presented input drew on (none for one not covered). */
  readonly references: readonly string[];
  readonly evidence: Evidence;
  /** The frozen part a presented input cites: the pack's digest and the part's. */
  readonly frozenPart?: { readonly packDigest: string; readonly partDigest: string };
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
  /** The input pack frozen last into the review: its digest, position, each input's part digest. */
  inputPack?: {
    readonly digest: string;
    readonly position: string;
    readonly partDigests: ReadonlyMap<string, string>;
    readonly evidence: Evidence;
  };
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

/** An information-security objective (6.2): what is aimed for, and how its fulfilment is followed. */
export interface ObjectiveRecord {
  readonly objectiveId: string;
  readonly set: Evidence;
  status: Exclude<ObjectiveStatus, 'none'>;
  statement: string;
  ownerId: string;
  /** 6.2 b: the measurable target, or (where not measurable) `fulfilmentCriteria`: how fulfilment is judged. */
  target: ObjectiveTarget | undefined;
  fulfilmentCriteria: string | undefined;
  dueDate: string;
  /** The latest revision (6.2 f), when it was revised. */
  revised: Evidence | undefined;
  /** 6.2 d: the latest evaluation of progress against the definition in force (a revision makes it lapse). */
  progress:
    | {
        readonly progress: Progress;
        readonly day: string;
        readonly meetsTarget: boolean | undefined;
        readonly evidence: Evidence;
      }
    | undefined;
  /** How many evaluations of progress were recorded, every definition. */
  evaluations: number;
  /** The event that ended its pursuit: achieved, missed or withdrawn. */
  ended: { readonly day: string; readonly evidence: Evidence } | undefined;
}

/** An indicator (9.1), and its latest measurement. */
export interface IndicatorRecord {
  readonly indicatorId: string;
  readonly name: string;
  readonly defined: Evidence;
  status: Exclude<IndicatorStatus, 'none'>;
  /** The measurement of the latest period measured, with its latest value (a correction supersedes). */
  latest: { readonly period: string; readonly value: number; readonly evidence: Evidence } | undefined;
}

/** A finding of an audit (9.2). */
export interface FindingRecord {
  readonly findingId: string;
  readonly kind: FindingKind;
  readonly requirement: string;
  /** The NonConformity raised for a finding of kind `nonconformity`. */
  readonly nonConformityId: string | undefined;
  readonly evidence: Evidence;
}

/** An audit of the audit programme (9.2), its findings and report. */
export interface AuditRecord {
  readonly auditId: string;
  readonly programmeId: string;
  readonly kind: AuditKind;
  readonly window: AuditWindow;
  readonly planned: Evidence;
  status: Exclude<AuditStatus, 'none'>;
  readonly findings: FindingRecord[];
  /** 9.2.2 d: the results reported to management. */
  report: { readonly reference: string; readonly reportedOn: string; readonly evidence: Evidence } | undefined;
}

/** An internal or external issue of the organisation's context (4.1). */
export interface ContextIssueRecord {
  readonly contextIssueId: string;
  readonly description: string;
  readonly raised: Evidence;
  status: Exclude<ContextIssueStatus, 'none'>;
}

/** A climate-change relevance decision (4.1, Amd 1:2024) for one review's cycle. */
export interface ClimateDecisionRecord {
  /** The review whose cycle it is for (its input b). */
  readonly reviewId: string;
  readonly relevant: boolean;
  readonly rationale: string;
  /** The context issues that describe climate change's effect (when relevant). */
  readonly contextIssueIds: readonly string[];
  readonly decidedBy: string;
  readonly day: string;
  /** Present when it revises the cycle's earlier decision. */
  readonly revisionReason: string | undefined;
  readonly evidence: Evidence;
}

/** One change of a requirement: recorded (revision 1), changed (2, 3, …) or withdrawn (9.3.2 c). */
export interface RequirementChangeRecord {
  readonly change: 'recorded' | 'changed' | 'withdrawn';
  readonly revision: number;
  readonly day: string;
  /** Why it changed or was withdrawn. */
  readonly reason: string | undefined;
  readonly evidence: Evidence;
}

/** A need or expectation of an interested party (4.2 b), with every change of it. */
export interface RequirementRecord {
  readonly requirementId: string;
  need: string;
  climateRelated: boolean;
  revision: number;
  status: RequirementStatus;
  readonly changes: RequirementChangeRecord[];
}

/** An interested party (4.2) and its requirements. */
export interface InterestedPartyRecord {
  readonly interestedPartyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly registered: Evidence;
  status: Exclude<InterestedPartyStatus, 'none'>;
  readonly requirements: Map<string, RequirementRecord>;
}

/** A finding of a consultation's results, or a party's feedback item, and what was done with it. */
export interface ConsultationItemRecord {
  readonly itemId: string;
  readonly item: ConsultationItemKind;
  /** The party a feedback item is from (none for a finding of the results). */
  readonly interestedPartyId: string | undefined;
  readonly feedbackKind: FeedbackKind | undefined;
  readonly summary: string;
  readonly day: string;
  readonly recorded: Evidence;
  /** The records it led to, every time it was taken into account. */
  readonly links: FeedbackLink[];
  /** Why nothing is done, when that was recorded. */
  reasonNotActedOn: string | undefined;
  /** The latest time it was taken into account. */
  takenIntoAccount: Evidence | undefined;
}

/** A consultation of interested parties (9.3.2 c, e): who, by which channel, when, and what came of it. */
export interface ConsultationRecord {
  readonly consultationId: string;
  readonly channel: ConsultationChannel;
  readonly interestedPartyIds: readonly string[];
  readonly topic: string;
  readonly window: ConsultationWindow;
  readonly planned: Evidence;
  status: Exclude<ConsultationStatus, 'none'>;
  results:
    | {
        readonly conductedOn: string;
        readonly responses: number;
        readonly invited: number;
        readonly score: number | undefined;
        readonly evidence: Evidence;
      }
    | undefined;
  readonly items: Map<string, ConsultationItemRecord>;
}

/** An opportunity for improvement (10.1) on the continual-improvement log, and where it was taken. */
export interface ImprovementRecord {
  readonly opportunityId: string;
  readonly source: ImprovementSource;
  readonly description: string;
  readonly loggedOn: string;
  readonly logged: Evidence;
  status: Exclude<ImprovementStatus, 'none'>;
  adopted:
    | {
        readonly reviewId: string;
        readonly decisionId: string;
        readonly actionIds: readonly string[];
        readonly evidence: Evidence;
      }
    | undefined;
  /** The deferral in force (it lapses once the opportunity is revisited). */
  deferred: { readonly revisitOn: string; readonly evidence: Evidence } | undefined;
  rejected: { readonly reason: string; readonly evidence: Evidence } | undefined;
  realised: { readonly benefitObserved: string; readonly evidence: Evidence } | undefined;
  closed: { readonly closedAs: ImprovementClosure; readonly evidence: Evidence } | undefined;
}
