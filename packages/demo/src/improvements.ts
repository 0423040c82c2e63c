import { at } from './calendar.js';
import type { ImprovementPlan } from './improvementPlans.js';
import { people } from './people.js';
import { type Step, step } from './step.js';

/**
 * The steps of one improvement opportunity: logged and evaluated by the CISO; each decision taken
 * by the CEO for top management (an adoption names the review decision and its actions, and is
 * recorded after the meeting); realised and closed by the CISO.
 */
export const improvementSteps = (plan: ImprovementPlan): readonly Step[] => {
  const opportunityId = plan.opportunityId;
  const key = (what: string) => `${opportunityId}:${what}`;
  const ciso = people.ciso;
  const logged = at(plan.loggedOn, '16:00');
  const steps: Step[] = [
    step(logged, key('log'), ciso, (t, o) =>
      t.improvements.log(
        {
          opportunityId,
          source: plan.source,
          sourceReference: plan.sourceReference,
          description: plan.description,
          expectedBenefit: plan.expectedBenefit,
          at: logged,
        },
        o,
      ),
    ),
  ];
  const evaluation = plan.evaluation;
  if (evaluation !== undefined) {
    const when = at(evaluation.on, '16:00');
    steps.push(
      step(when, key('evaluate'), ciso, (t, o) =>
        t.improvements.evaluate(
          { opportunityId, value: evaluation.value, effort: evaluation.effort, comment: evaluation.comment, at: when },
          o,
        ),
      ),
    );
  }
  for (const decision of plan.decisions ?? []) {
    const when = at(decision.on, '16:30');
    const data =
      decision.outcome === 'adopt'
        ? {
            outcome: decision.outcome,
            reviewId: decision.reviewId,
            decisionId: decision.decisionId,
            actionIds: [...decision.actionIds],
          }
        : decision.outcome === 'defer'
          ? { outcome: decision.outcome, revisitOn: decision.revisitOn, reason: decision.reason }
          : {
              outcome: decision.outcome,
              reason: decision.reason,
              reviewId: decision.reviewId,
              decisionId: decision.decisionId,
            };
    steps.push(
      step(when, key(`decide-${decision.on}`), people.ceo, (t, o) =>
        t.improvements.decide({ opportunityId, ...data, at: when }, o),
      ),
    );
  }
  const realised = plan.realised;
  if (realised !== undefined) {
    const when = at(realised.on, '16:00');
    steps.push(
      step(when, key('realise'), ciso, (t, o) =>
        t.improvements.realise(
          { opportunityId, benefitObserved: realised.benefitObserved, evidence: [...realised.evidence], at: when },
          o,
        ),
      ),
    );
  }
  if (plan.closedOn !== undefined) {
    const when = at(plan.closedOn, '16:00');
    steps.push(step(when, key('close'), ciso, (t, o) => t.improvements.close({ opportunityId, at: when }, o)));
  }
  return steps;
};
