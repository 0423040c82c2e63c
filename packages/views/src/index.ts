/**
 * @mgmt-review/views — the current state of a tenant's management review and its improvement
 * loop, as read models: review board, action register, nonconformity register, risk register,
 * calendar and follow-ups.
 * The records review input 9.3.2 d) rests on have theirs too: the objective register (6.2), the
 * indicator series with their trend (9.1) and the audit programme (9.2).
 *
 * One pure fold, `viewsProjection`, serves every use: one-off (`replay(store, domainRegistry,
 * viewsProjection, { asOf })`), checkpointed (`createProjectionRunner`), or live (`viewStates`).
 * Its state is read through query functions that return plain read-only rows; anything relative
 * to today takes `now` as a parameter, so the same state answers for any day.
 */

/** Live: `viewStates(store)` and `followUpNotices(states$ | store, { now$ | clock, horizon })`. */
export { type FollowUpNoticeOptions, type FollowUpTime, followUpNotices } from './live/followUpNotices.js';
export { viewStates } from './live/viewStates.js';
/** The records of objectives, indicators and audits the fold keeps. */
export type {
  AuditRecord,
  AuditReportRecord,
  CitedMeasurementRecord,
  CorrectionRecord,
  FindingRecord,
  IndicatorRecord,
  ObjectiveOutcomeRecord,
  ObjectiveRecord,
  PeriodAnalysisRecord,
  PeriodRecord,
  ProgressRecord,
} from './performanceRecords.js';
/** The fold: `viewsProjection` (name `mgmt-review.views`). */
export { viewsProjection } from './projection.js';
/** Action register: `actionRegister(state, { now, … })`, `actionAgeing(state, { now })` — slips, overdue and ageing buckets. */
export {
  type ActionAgeing,
  type ActionRegisterQuery,
  type ActionRow,
  type AgeBucket,
  actionAgeing,
  actionRegister,
  ageBuckets,
  type OverdueBucket,
  overdueBuckets,
} from './queries/actionRegister.js';
/** Audit programme: `auditProgramme(state, { now, … })` — planned against performed per year, findings by kind, NCs raised, overdue audits. */
export {
  type AuditPerformance,
  type AuditProgramme,
  type AuditProgrammeQuery,
  type AuditRow,
  auditProgramme,
  type FindingRow,
  type FindingsByKind,
  type ProgrammeYear,
} from './queries/auditProgramme.js';
/** Calendar: `calendar(state, { now, horizon? })` — past-due and upcoming reviews, due dates and acceptance expiries. */
export {
  type Calendar,
  type CalendarEntry,
  type CalendarEntryKind,
  type CalendarQuery,
  calendar,
} from './queries/calendar.js';
/** Consultations and feedback: `consultationRegister(state, { now, … })` — channel, parties, window, results, and what was done with each finding and feedback item. */
export {
  type ConsultationItemRow,
  type ConsultationRegisterQuery,
  type ConsultationRow,
  consultationRegister,
  type FeedbackOutcome,
  type WindowState,
} from './queries/consultationRegister.js';
/** Context register: `contextRegister(state, { now, changedSince?, includeRetired? })` — issues, their changes, and the climate-change decisions. */
export {
  type ClimateDecisionRow,
  type ContextIssueChangeRow,
  type ContextIssueRow,
  type ContextRegister,
  type ContextRegisterQuery,
  contextRegister,
} from './queries/contextRegister.js';
/** Follow-ups between meetings: `followUps(state, { now, horizon, stalledAfterDays? })`, each notice with a stable key. */
export { type FollowUpKind, type FollowUpNotice, type FollowUpQuery, followUps } from './queries/followUps.js';
/** Continual-improvement log: `improvementLog(state, { now, period?, status? })` — each opportunity, and logged, adopted, realised per period. */
export {
  type ImprovementDecisionRow,
  type ImprovementLog,
  type ImprovementLogQuery,
  type ImprovementPeriodRow,
  type ImprovementRow,
  improvementLog,
  type LogPeriod,
} from './queries/improvementLog.js';
/** Indicator series: `indicatorSeries(state, { indicatorId?, now, from?, to? })` — values by period, corrections, breaches, trend. */
export {
  type CorrectionRow,
  type IndicatorSeries,
  type IndicatorSeriesQuery,
  indicatorSeries,
  type PeriodValueRow,
} from './queries/indicatorSeries.js';
/** Interested parties and requirements: `interestedPartyRegister(state, { changedSince?, kind?, leaveOutWithdrawn? })` — each requirement at its latest revision, with its history. */
export {
  type InterestedPartyRegisterQuery,
  type InterestedPartyRow,
  interestedPartyRegister,
  type RequirementHistoryRow,
  type RequirementRow,
  type RequirementTermsRow,
} from './queries/interestedPartyRegister.js';
/** Nonconformity register: `nonConformityRegister(state, { now, … })` — the steps of 10.2, age, linked actions. */
export {
  type LinkedAction,
  type NonConformityRegisterQuery,
  type NonConformityRow,
  nonConformityRegister,
} from './queries/nonConformityRegister.js';
/** Objective register: `objectiveRegister(state, { now, … })` — status, target, progress, latest measurement, due. */
export {
  type CitedMeasurementRow,
  type ObjectiveMeasurementRow,
  type ObjectiveRegisterQuery,
  type ObjectiveRow,
  objectiveRegister,
} from './queries/objectiveRegister.js';
/** Review board: `reviewBoard(state, { now? })` — status, dates, agenda coverage, decisions, verdicts, minutes, next review. */
export { type AgendaCoverage, agendaCoverageOf, type ReviewBoardRow, reviewBoard } from './queries/reviewBoard.js';
/** Risk register: `riskRegister(state, { now, … })` — inherent and residual level, treatment, approval, acceptance and expiry. */
export {
  type RiskLevel,
  type RiskRegisterQuery,
  type RiskRow,
  riskRegister,
} from './queries/riskRegister.js';
/** A series in one line of text: `textTrend(series)`, `sparkline(values)`. */
export { sparkline, textTrend } from './queries/textTrend.js';
/** The trend of a series' last values, read with the indicator's direction: `trendOf(values, direction, periods?)`. */
export {
  defaultTrendPeriods,
  stableWithin,
  type Trend,
  type TrendDirection,
  trendOf,
} from './queries/trend.js';
/** The records of the context, interested parties, consultations and improvement log the fold keeps. */
export type {
  ConsultationItemRecord,
  ConsultationRecord,
  ConsultationResultsRecord,
} from './registers/consultations.js';
export type {
  ClimateDecisionRecord,
  ClimateRecord,
  ContextIssueChangeRecord,
  ContextIssueRecord,
  ContextRecords,
} from './registers/contextIssues.js';
export type {
  ImprovementDecisionRecord,
  ImprovementEvaluationRecord,
  ImprovementRecord,
  RealisationRecord,
  ReviewDecisionReference,
} from './registers/improvements.js';
export type {
  InterestedPartyRecord,
  RequirementEventKind,
  RequirementHistoryRecord,
  RequirementRecord,
  RequirementTermsRecord,
} from './registers/interestedParties.js';
/** The state the fold keeps (mutable records, by id) and its records' types. */
export {
  type AcceptanceRecord,
  type ActionRecord,
  type DecisionRecord,
  initialViewsState,
  type NextReviewRecord,
  type NonConformityRecord,
  type NonConformityStep,
  type RatingRecord,
  type ReviewRecord,
  type RiskRecord,
  type ViewsState,
} from './state.js';
