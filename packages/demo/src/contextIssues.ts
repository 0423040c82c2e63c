import { at } from './calendar.js';
import type { ClimateDecisionPlan, ContextIssuePlan } from './contextIssuePlans.js';
import { people } from './people.js';
import { type Step, step } from './step.js';

/** The steps of one context issue: raised by the CISO, its changes recorded, retired when the plan says. */
export const contextIssueSteps = (plan: ContextIssuePlan): readonly Step[] => {
  const contextIssueId = plan.contextIssueId;
  const key = (what: string) => `${contextIssueId}:${what}`;
  const ciso = people.ciso;
  const raised = at(plan.raisedOn, '13:00');
  const steps: Step[] = [
    step(raised, key('raise'), ciso, (t, o) =>
      t.contextIssues.raise(
        {
          contextIssueId,
          kind: plan.kind,
          category: plan.category,
          description: plan.description,
          effect: plan.effect,
          at: raised,
        },
        o,
      ),
    ),
  ];
  for (const change of plan.changes ?? []) {
    const when = at(change.on, '13:00');
    steps.push(
      step(when, key(`change-${change.changedOn}`), ciso, (t, o) =>
        t.contextIssues.recordChange(
          { contextIssueId, change: change.change, changedOn: change.changedOn, effect: change.effect, at: when },
          o,
        ),
      ),
    );
  }
  const retired = plan.retired;
  if (retired !== undefined) {
    const when = at(retired.on, '13:00');
    steps.push(
      step(when, key('retire'), ciso, (t, o) =>
        t.contextIssues.retire({ contextIssueId, reason: retired.reason, at: when }, o),
      ),
    );
  }
  return steps;
};

/** The climate-change decision of one review cycle, taken by the CEO for top management. */
export const climateDecisionSteps = (plan: ClimateDecisionPlan): readonly Step[] => {
  const when = at(plan.on, '16:30');
  return [
    step(when, `climate:${plan.reviewId}`, people.ceo, (t, o) =>
      t.contextIssues.recordClimateDecision(
        {
          reviewId: plan.reviewId,
          relevant: plan.relevant,
          rationale: plan.rationale,
          contextIssueIds: plan.contextIssueIds === undefined ? undefined : [...plan.contextIssueIds],
          at: when,
        },
        o,
      ),
    ),
  ];
};
