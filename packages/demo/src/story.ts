import { nonConformitySteps } from './nonConformities.js';
import { nonConformityPlans } from './nonConformityPlans.js';
import { reviewPlans } from './reviewPlans.js';
import { reviewSteps } from './reviews.js';
import { riskPlans } from './riskPlans.js';
import { riskSteps } from './risks.js';
import type { Step } from './step.js';

/** The end of the story: the moment the demo history describes ("now" for its answers). */
export const demoNow = '2026-09-30T18:00:00.000Z';

/**
 * Every command of the story in the order it is written: by business time, and in the order the
 * plans list them when two share a time. Nothing after `demoNow` is written.
 */
export const demoSteps = (): readonly Step[] => {
  const steps: Step[] = [];
  reviewPlans.forEach((plan, index) => {
    steps.push(...reviewSteps(plan, reviewPlans[index - 1], reviewPlans[index + 1]));
  });
  for (const plan of nonConformityPlans) steps.push(...nonConformitySteps(plan));
  for (const plan of riskPlans) steps.push(...riskSteps(plan));
  const end = Date.parse(demoNow);
  return steps
    .map((s, index) => ({ s, index, time: Date.parse(s.at) }))
    .filter((entry) => entry.time <= end)
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((entry) => entry.s);
};
