/**
 * @mgmt-review/kpis — trends for management review input d) (ISO/IEC 27001:2022 9.3.2): cadence
 * adherence, actions, nonconformities and corrective actions, risks, agenda coverage — per month
 * or quarter, each KPI with its definition, unit, direction, and its change against the period
 * before.
 *
 * One pure fold, `kpiProjection`, keeps the dated facts; `computeKpis(state, { from, to, period })`
 * reads them for any range. Run the fold one-off (`replay`, optionally `asOf`), checkpointed
 * (`createProjectionRunner`) or live.
 */

/** `computeKpis(state, { from, to, period, now? })`: one row per period, each KPI with its change and trend. */
export {
  computeKpis,
  type KpiCell,
  type KpiPeriodRow,
  type KpiQuery,
  type KpiReport,
  type KpiTrend,
} from './computeKpis.js';
/** `kpiDefinitions`: id, title, definition, unit, direction and review input of every KPI. */
export {
  type KpiDefinition,
  type KpiDirection,
  type KpiId,
  kpiDefinition,
  kpiDefinitions,
  kpiIds,
} from './definitions.js';
/** Each indicator as its own series over the KPI periods: `indicatorKpiSeries(state, { from, to, period, now? })`. */
export {
  type IndicatorPeriodValue,
  type IndicatorSeries,
  type IndicatorSeriesRow,
  indicatorKpiSeries,
} from './indicatorSeries.js';
/** Reviews held in a period with their agenda coverage (`KpiPeriodRow.reviewCoverage`). */
export type { ReviewCoverage } from './measures/reviews.js';
/** Periods: `periodOf`, `periodsBetween`. */
export { type Period, type PeriodKind, periodOf, periodsBetween } from './periods.js';
/** The fold: `kpiProjection` (name `mgmt-review.kpis`), and the state it keeps. */
export { kpiProjection } from './projection.js';
/** The records the fold keeps of objectives, indicators, audits, consultations and improvement opportunities. */
export type {
  Dated,
  KpiAuditRecord,
  KpiConsultationRecord,
  KpiConsultationResults,
  KpiFeedbackRecord,
  KpiImprovementRecord,
  KpiIndicatorRecord,
  KpiMeasuredValue,
  KpiMeasurementRecord,
  KpiObjectiveRecord,
} from './state.js';
export {
  initialKpiState,
  type KpiActionRecord,
  type KpiNonConformityCycle,
  type KpiNonConformityRecord,
  type KpiReviewRecord,
  type KpiRiskSnapshot,
  type KpiState,
} from './state.js';
