/**
 * @mgmt-review/demo — the two-year management-review history of a sample organisation ("acme"),
 * written through the domain's commands: nine management reviews (eight quarterly, one annual
 * in-depth) and the next one planned, their decisions and actions (some slipped, one found not
 * effective and reopened, some overdue), fifteen nonconformities at every step of 10.2, and forty
 * risks with treatments, approvals and acceptances (some expired, one above-appetite exception).
 * Deterministic and idempotent: used by the CLI's `demo` command and by scenario tests.
 */

/** The plans a story is made of (used by the demo, and by tests that write random stories). */
export type { ActionFate, ActionPlan, Slip } from './actions.js';
/** `createDemoClock`, `DemoClock`: a clock the writer moves along the story, for the store to record with. */
export { createDemoClock, type DemoClock } from './calendar.js';
/** `createInMemoryDemoHistory`: the history in a fresh in-memory store, for tests. */
export { createInMemoryDemoHistory, type InMemoryDemoHistory } from './demoHistory.js';
/** `demoFacts`: what the history is known to contain (its end, review ids in order, counts, notable items). */
export { type DemoFacts, demoFacts } from './facts.js';
export type { NonConformityPlan, NonConformityStage } from './nonConformityPlans.js';
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
