import type { ClimateDecisionPlan, ContextIssuePlan } from './contextIssuePlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/** The steps of one context issue: raised by the CISO, its changes recorded, retired when the plan says. */
export const contextIssueSteps = (plan: ContextIssuePlan): readonly Step[] => {
  const contextIssueId = plan.contextIssueId;
  const ciso = people.ciso;
  const issue = recordSteps(contextIssueId);
  issue.add(plan.raisedOn, '13:00', 'raise', ciso, (t, o, at) =>
    t.contextIssues.raise(
      {
        contextIssueId,
        kind: plan.kind,
        category: plan.category,
        description: plan.description,
        effect: plan.effect,
        at,
      },
      o,
    ),
  );
  for (const change of plan.changes ?? []) {
    issue.add(change.on, '13:00', `change-${change.changedOn}`, ciso, (t, o, at) =>
      t.contextIssues.recordChange(
        { contextIssueId, change: change.change, changedOn: change.changedOn, effect: change.effect, at },
        o,
      ),
    );
  }
  const retired = plan.retired;
  if (retired !== undefined) {
    issue.add(retired.on, '13:00', 'retire', ciso, (t, o, at) =>
      t.contextIssues.retire({ contextIssueId, reason: retired.reason, at }, o),
    );
  }
  return issue.steps;
};

/** The climate-change decision of one review cycle, taken by the CEO for top management. */
export const climateDecisionSteps = (plan: ClimateDecisionPlan): readonly Step[] => {
  const decision = recordSteps('climate');
  decision.add(plan.on, '16:30', plan.reviewId, people.ceo, (t, o, at) =>
    t.contextIssues.recordClimateDecision(
      {
        reviewId: plan.reviewId,
        relevant: plan.relevant,
        rationale: plan.rationale,
        contextIssueIds: plan.contextIssueIds === undefined ? undefined : [...plan.contextIssueIds],
        at,
      },
      o,
    ),
  );
  return decision.steps;
};
