import { type AuditPlan, auditPlans } from './auditPlans.js';
import { auditFindingsOfNonConformities, auditSteps } from './audits.js';
import { type ConsultationPlan, consultationPlans } from './consultationPlans.js';
import { consultationSteps } from './consultations.js';
import {
  type ClimateDecisionPlan,
  type ContextIssuePlan,
  climateDecisionPlans,
  contextIssuePlans,
} from './contextIssuePlans.js';
import { climateDecisionSteps, contextIssueSteps } from './contextIssues.js';
import { type ImprovementPlan, improvementPlans } from './improvementPlans.js';
import { improvementSteps } from './improvements.js';
import { type IndicatorPlan, indicatorPlans } from './indicatorPlans.js';
import { indicatorSteps } from './indicators.js';
import { interestedPartySteps } from './interestedParties.js';
import { type InterestedPartyPlan, interestedPartyPlans } from './interestedPartyPlans.js';
import { nonConformitySteps } from './nonConformities.js';
import { type NonConformityPlan, nonConformityPlans } from './nonConformityPlans.js';
import { type ObjectivePlan, objectivePlans } from './objectivePlans.js';
import { objectiveSteps } from './objectives.js';
import { type ReviewPlan, reviewPlans } from './reviewPlans.js';
import { reviewSteps } from './reviews.js';
import { type RiskPlan, riskPlans } from './riskPlans.js';
import { riskSteps } from './risks.js';
import type { Step } from './step.js';

/** The end of the story: the moment the demo history describes ("now" for its answers). */
export const demoNow = '2026-09-30T18:00:00.000Z';

/**
 * A story: its reviews (in order, each following the one before), nonconformities and risks, and
 * the records a review rests on — each optional, so a story of the review loop alone is still one.
 * A nonconformity that an audit's finding names is raised as that finding.
 */
export interface StoryPlans {
  readonly reviews: readonly ReviewPlan[];
  readonly nonConformities: readonly NonConformityPlan[];
  readonly risks: readonly RiskPlan[];
  /** Indicators and their measurements (9.1). */
  readonly indicators?: readonly IndicatorPlan[];
  /** Objectives (6.2); a measurable one is measured on one of `indicators`. */
  readonly objectives?: readonly ObjectivePlan[];
  /** Audits in their programmes (9.2); their nonconformity findings are among `nonConformities`. */
  readonly audits?: readonly AuditPlan[];
  /** Internal and external issues (4.1). */
  readonly contextIssues?: readonly ContextIssuePlan[];
  /** The climate-change decision of each review cycle (4.1, Amd 1:2024). */
  readonly climateDecisions?: readonly ClimateDecisionPlan[];
  /** Interested parties and their requirements (4.2). */
  readonly interestedParties?: readonly InterestedPartyPlan[];
  /** Consultations of interested parties and their feedback (9.3.2 c, e). */
  readonly consultations?: readonly ConsultationPlan[];
  /** The continual-improvement log (10.1). */
  readonly improvements?: readonly ImprovementPlan[];
}

/**
 * Every command of a story in the order it is written: by business time, and in the order the
 * plans list them when two share a time. Nothing after `end` (ISO-8601) is written.
 */
export const storySteps = (plans: StoryPlans, end: string): readonly Step[] => {
  const steps: Step[] = [];
  plans.reviews.forEach((plan, index) => {
    steps.push(...reviewSteps(plan, plans.reviews[index - 1], plans.reviews[index + 1]));
  });
  const foundIn = auditFindingsOfNonConformities(plans.audits ?? [], plans.nonConformities);
  for (const plan of plans.nonConformities) {
    steps.push(...nonConformitySteps(plan, foundIn.get(plan.nonConformityId)));
  }
  for (const plan of plans.risks) steps.push(...riskSteps(plan));
  const indicators = plans.indicators ?? [];
  for (const plan of indicators) steps.push(...indicatorSteps(plan));
  for (const plan of plans.objectives ?? []) steps.push(...objectiveSteps(plan, indicators));
  for (const plan of plans.audits ?? []) steps.push(...auditSteps(plan));
  for (const plan of plans.contextIssues ?? []) steps.push(...contextIssueSteps(plan));
  for (const plan of plans.climateDecisions ?? []) steps.push(...climateDecisionSteps(plan));
  for (const plan of plans.interestedParties ?? []) steps.push(...interestedPartySteps(plan));
  for (const plan of plans.consultations ?? []) steps.push(...consultationSteps(plan));
  for (const plan of plans.improvements ?? []) steps.push(...improvementSteps(plan));
  const last = Date.parse(end);
  return steps
    .map((s, index) => ({ s, index, time: Date.parse(s.at) }))
    .filter((entry) => entry.time <= last)
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((entry) => entry.s);
};

/** The sample organisation's story. */
export const demoPlans: StoryPlans = {
  reviews: reviewPlans,
  nonConformities: nonConformityPlans,
  risks: riskPlans,
  indicators: indicatorPlans,
  objectives: objectivePlans,
  audits: auditPlans,
  contextIssues: contextIssuePlans,
  climateDecisions: climateDecisionPlans,
  interestedParties: interestedPartyPlans,
  consultations: consultationPlans,
  improvements: improvementPlans,
};

/** The commands of the demo history, in order. */
export const demoSteps = (): readonly Step[] => storySteps(demoPlans, demoNow);
