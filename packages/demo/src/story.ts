import { nonConformitySteps } from './nonConformities.js';
import { type NonConformityPlan, nonConformityPlans } from './nonConformityPlans.js';
import { type ReviewPlan, reviewPlans } from './reviewPlans.js';
import { reviewSteps } from './reviews.js';
import { type RiskPlan, riskPlans } from './riskPlans.js';
import { riskSteps } from './risks.js';
import type { Step } from './step.js';

/** The end of the story: the moment the demo history describes ("now" for its answers). */
export const demoNow = '2026-09-30T18:00:00.000Z';

/** A story: its reviews (in order, each following the one before), nonconformities and risks. */
export interface StoryPlans {
  readonly reviews: readonly ReviewPlan[];
  readonly nonConformities: readonly NonConformityPlan[];
  readonly risks: readonly RiskPlan[];
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
  for (const plan of plans.nonConformities) steps.push(...nonConformitySteps(plan));
  for (const plan of plans.risks) steps.push(...riskSteps(plan));
  const last = Date.parse(end);
  return steps
    .map((s, index) => ({ s, index, time: Date.parse(s.at) }))
    .filter((entry) => entry.time <= last)
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((entry) => entry.s);
};

/** The sample organisation's story. */
export const demoPlans: StoryPlans = { reviews: reviewPlans, nonConformities: nonConformityPlans, risks: riskPlans };

/** The commands of the demo history, in order. */
export const demoSteps = (): readonly Step[] => storySteps(demoPlans, demoNow);
