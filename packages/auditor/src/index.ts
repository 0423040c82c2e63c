/**
 * @mgmt-review/auditor — answers to the questions an ISO/IEC 27001 auditor asks about the management
 * review (clause 9.3), from the history alone, as of any moment: a verdict, one plain sentence,
 * the details, and the recorded events each answer rests on.
 *
 * Start with `askAuditor(store.forTenant(id), 'all', { asOf: { recordedAt } })`. Hosts that keep a
 * read model run `auditorProjection` in the kernel's projection runner and call `answerAll(state, now)`.
 */

/** `AuditorAnswer`, `AuditVerdict`: the shape of every answer. */
export type { AuditorAnswer, AuditVerdict } from './answer.js';
export type { AuditResultsDetails, ReportedAudit } from './answers/auditResultsConsidered.js';
export type { ClimateDecidedDetails } from './answers/climateDecided.js';
export type {
  CorrectiveActionStanding,
  CorrectiveActionsDetails,
  NonConformityTreatment,
} from './answers/correctiveActionsVerified.js';
export type { DecisionKindsDetails } from './answers/improvementAndChangeDecisions.js';
export type { ImprovementLogDetails, OpportunityStanding } from './answers/improvementLog.js';
export type { InputCoverageDetail, InputsCoveredDetails } from './answers/inputsCovered.js';
export type { MinutesKeptDetails } from './answers/minutesKept.js';
export type { NextMeetingDetails } from './answers/nextMeeting.js';
export type { ObjectiveStanding, ObjectivesMonitoredDetails } from './answers/objectivesMonitored.js';
export type { PlannedIntervalsDetails, ReviewGap } from './answers/plannedIntervals.js';
export type { ResultsCommunicatedDetails } from './answers/resultsCommunicated.js';
export type { RiskStanding, RiskTreatmentDetails } from './answers/riskTreatmentAndAcceptance.js';
export type { ConsultationHeld, FeedbackHandling, RequirementChange } from './answers/stakeholderRecords.js';
export type { StakeholderInput, StakeholdersDetails } from './answers/stakeholdersConsulted.js';
/**
 * `askAuditor(store, question | 'all', { asOf, now })`, `askLastDecisions(store, { asOf })`: one-off
 * answers over a tenant's history. `answerQuestion(state, id, now)`, `answerAll(state, now)`: pure
 * answers over a folded state. `nowOf`, `auditorStateOf`.
 */
export {
  type AskOptions,
  answerAll,
  answerFunctions,
  answerQuestion,
  askAuditor,
  askLastDecisions,
  auditorStateOf,
  nowOf,
} from './ask.js';
/** `Evidence`: one recorded event an answer rests on. */
export type { Evidence } from './evidence.js';
/** `lastDecisions(state, now)`: the last review held, its decisions and their actions' status. */
export { type DecidedAction, type DecisionWithActions, type LastDecisions, lastDecisions } from './lastDecisions.js';
/** `auditorProjection`: the pure fold of ManagementReviewEvents into the facts the answers need. */
export { auditorProjection } from './projection.js';
/** `auditorQuestions`, `QuestionId`, `isQuestionId`: the questions, by stable id. */
export {
  type AuditorQuestion,
  auditorQuestions,
  isQuestionId,
  type QuestionId,
  questionIds,
  questionOf,
} from './questions.js';
/** `AuditorState` and its records: what the projection folds into. */
export type {
  ActionRecord,
  AuditorState,
  AuditRecord,
  ClimateDecisionRecord,
  ConsultationItemRecord,
  ConsultationRecord,
  ContextIssueRecord,
  DecisionRecord,
  FindingRecord,
  ImprovementRecord,
  IndicatorRecord,
  InputRecord,
  InterestedPartyRecord,
  NonConformityRecord,
  ObjectiveRecord,
  RequirementChangeRecord,
  RequirementRecord,
  ReviewRecord,
  RiskRecord,
} from './state.js';
export { initialAuditorState } from './state.js';
