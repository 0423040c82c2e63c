import type { ImprovementPlan } from './improvementPlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/**
 * The steps of one improvement opportunity: logged and evaluated by the CISO; each decision taken
 * by the CEO for top management (an adoption names the review decision and its actions, and is
 * recorded after the meeting); realised and closed by the CISO.
 */
export const improvementSteps = (plan: ImprovementPlan): readonly Step[] => {
  const opportunityId = plan.opportunityId;
  const ciso = people.ciso;
  const opportunity = recordSteps(opportunityId);
  opportunity.add(plan.loggedOn, '16:00', 'log', ciso, (t, o, at) =>
    t.improvements.log(
      {
        opportunityId,
        source: plan.source,
        sourceReference: plan.sourceReference,
        description: plan.description,
        expectedBenefit: plan.expectedBenefit,
        at,
      },
      o,
    ),
  );
  const evaluation = plan.evaluation;
  if (evaluation !== undefined) {
    opportunity.add(evaluation.on, '16:00', 'evaluate', ciso, (t, o, at) =>
      t.improvements.evaluate(
        { opportunityId, value: evaluation.value, effort: evaluation.effort, comment: evaluation.comment, at },
        o,
      ),
    );
  }
  for (const decision of plan.decisions ?? []) {
    const { on, ...data } = decision;
    const actionIds = decision.outcome === 'adopt' ? [...decision.actionIds] : undefined;
    opportunity.add(on, '16:30', `decide-${on}`, people.ceo, (t, o, at) =>
      t.improvements.decide({ opportunityId, ...data, actionIds, at }, o),
    );
  }
  const realised = plan.realised;
  if (realised !== undefined) {
    opportunity.add(realised.on, '16:00', 'realise', ciso, (t, o, at) =>
      t.improvements.realise(
        { opportunityId, benefitObserved: realised.benefitObserved, evidence: [...realised.evidence], at },
        o,
      ),
    );
  }
  if (plan.closedOn !== undefined) {
    opportunity.add(plan.closedOn, '16:00', 'close', ciso, (t, o, at) =>
      t.improvements.close({ opportunityId, at }, o),
    );
  }
  return opportunity.steps;
};
