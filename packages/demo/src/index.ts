/**
 * @mgmt-review/demo — the two-year management-review history of a sample organisation ("acme"),
 * written through the domain's commands: nine management reviews (eight quarterly, one annual
 * in-depth) and the next one planned, their decisions and actions (some slipped, one found not
 * effective and reopened, some overdue), fifteen nonconformities at every step of 10.2, and forty
 * risks with treatments, approvals and acceptances (some expired, one above-appetite exception).
 * And the records the reviews rest on: ten indicators and eight objectives, an internal and an
 * external audit programme whose nonconformity findings are the audit nonconformities, context
 * issues and the climate decision of each cycle, nine interested parties and their requirements,
 * consultations with their feedback, and the continual-improvement log.
 * Deterministic and idempotent: used by the CLI's `demo` command and by scenario tests.
 */

/** The plans a story is made of (used by the demo, and by tests that write random stories). */
export type { ActionFate, ActionPlan, Slip } from './actions.js';
/** The plans of the audits of a story (9.2), in their programmes, with their findings. */
export type { AuditorKey, AuditPlan, FindingPlan, NonConformityFindingPlan } from './auditPlans.js';
/** `createDemoClock`, `DemoClock`: a clock the writer moves along the story, for the store to record with. */
export { createDemoClock, type DemoClock } from './calendar.js';
/** The plans of a story's consultations (9.3.2 c, e), their feedback and what was done with it. */
export type {
  ConsultationPlan,
  FeedbackPlan,
  TakenIntoAccountPlan,
} from './consultationPlans.js';
/** The plans of a story's context issues (4.1) and climate decisions (Amd 1:2024). */
export type { ClimateDecisionPlan, ContextChangePlan, ContextIssuePlan } from './contextIssuePlans.js';
/** `createInMemoryDemoHistory`: the history in a fresh in-memory store, for tests. */
export { createInMemoryDemoHistory, type InMemoryDemoHistory } from './demoHistory.js';
/** `demoFacts`: what the history is known to contain (its end, review ids in order, counts, notable items). */
export { type DemoFacts, demoFacts } from './facts.js';
/** The plans of a story's improvement opportunities (10.1). */
export type { ImprovementDecisionPlan, ImprovementPlan } from './improvementPlans.js';
/** The plans of a story's indicators and their measurements (9.1). */
export type { CorrectionPlan, IndicatorPlan } from './indicatorPlans.js';
/** The plans of a story's interested parties and their requirements (4.2). */
export type { InterestedPartyPlan, RequirementChangePlan, RequirementPlan } from './interestedPartyPlans.js';
export type { NonConformityPlan, NonConformityStage } from './nonConformityPlans.js';
/** The plans of a story's objectives (6.2), their evaluations and outcomes. */
export type { ObjectiveOutcome, ObjectivePlan, ProgressPlan } from './objectivePlans.js';
/** `people`: the user ids and roles of the sample organisation. */
export { type PersonKey, people } from './people.js';
export type { DecisionPlan, ReportPlan, ReviewPlan } from './reviewPlans.js';
export type { RiskFate, RiskPlan } from './riskPlans.js';
export type { Step as DemoStep } from './step.js';
/** `demoNow`: the end of the story; `demoSteps`: its commands in order; `storySteps`: any story's. */
export { demoNow, demoPlans, demoSteps, type StoryPlans, storySteps } from './story.js';
/** `writeDemoHistory(store, { tenantId, clock, onProgress })`: writes the history into any store. */
export {
  DEMO_TENANT,
  type DemoOptions,
  type DemoStepFailed,
  type DemoSummary,
  writeDemoHistory,
} from './writeDemoHistory.js';
/** `writeSteps(store, steps, { tenantId, clock, skipRefused })`: sends a story's commands in order. */
export { type StepsWritten, type WriteStepsOptions, writeSteps } from './writeSteps.js';
