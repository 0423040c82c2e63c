import type { ImprovementOpportunity, ImprovementSource, Review } from '@mgmt-review/core';
import { ceo, ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';
import { REVIEWS } from './review.js';

/** The improvement opportunities of a random history (`imp-1` is also the origin of some actions). */
export const IMPROVEMENTS = ['imp-1', 'imp-2', 'imp-3'] as const;

const sources: readonly ImprovementSource[] = [
  'audit',
  'review',
  'incident',
  'measurement',
  'feedback',
  'staffSuggestion',
];

/** A decision of one of the history's reviews, for a step's random choice, if any review has recorded one. */
const reviewDecision = async (step: MoveStep) => {
  const decisions: { reviewId: string; decisionId: string; actionIds: readonly string[] }[] = [];
  for (const reviewId of REVIEWS) {
    const review = await stateOf<Review>(step.t.reviews.load(reviewId));
    for (const d of review.decisions) decisions.push({ reviewId, decisionId: d.decisionId, actionIds: d.actionIds });
  }
  return decisions[(step.choice >> 2) % Math.max(1, decisions.length)];
};

/**
 * Moves an improvement opportunity one command along (10.1, 9.3.3): log it, evaluate it, decide
 * it — adopt it by a decision of one of the history's reviews (with the decision's actions), defer
 * it to a revisit date (evaluated or decided again once it comes), or reject it — realise an
 * adopted one, and close it; now and then withdraw one before it is realised.
 */
export const moveImprovement = async (step: MoveStep, opportunityId: string): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const o = await stateOf<ImprovementOpportunity>(t.improvements.load(opportunityId));
  const by = { actor: ciso };
  const withdraw = () => t.improvements.close({ opportunityId, reason: 'overtaken by the cloud migration', at }, by)();
  if (o.status === 'deferred') {
    // Revisited once its revisit date comes: evaluated again, or decided again.
    if (o.revisitOn !== undefined && day(now) < o.revisitOn) return;
    if (c % 4 === 0) {
      await t.improvements.evaluate({ opportunityId, value: 'medium', effort: 'low', at }, by)();
      return;
    }
  }
  switch (o.status) {
    case 'none':
      await t.improvements.log(
        {
          opportunityId,
          source: sources[c % sources.length]!,
          description: 'automate the access reviews',
          expectedBenefit: 'two days a month back for the security team',
          sourceReference: c % 2 === 0 ? `record ${c}` : undefined,
          at,
        },
        { actor: owners[c % 2]! },
      )();
      return;
    case 'logged':
      if (c % 13 === 0) await withdraw();
      else
        await t.improvements.evaluate(
          { opportunityId, value: 'high', effort: 'medium', comment: 'has an API', at },
          by,
        )();
      return;
    case 'evaluated':
    case 'deferred': {
      const decision = c % 3 === 0 ? undefined : await reviewDecision(step);
      if (decision !== undefined)
        await t.improvements.decide(
          {
            opportunityId,
            outcome: 'adopt',
            reviewId: decision.reviewId,
            decisionId: decision.decisionId,
            actionIds: c % 2 === 0 ? [...decision.actionIds] : undefined,
            at,
          },
          { actor: ceo },
        )();
      else if (c % 2 === 0)
        await t.improvements.decide(
          { opportunityId, outcome: 'defer', revisitOn: day(now, 30 + (c % 60)), reason: 'after the migration', at },
          { actor: ceo },
        )();
      else
        await t.improvements.decide(
          { opportunityId, outcome: 'reject', reason: 'costs more than it saves', at },
          { actor: ceo },
        )();
      return;
    }
    case 'adopted':
      if (c % 11 === 0) await withdraw();
      else if (c % 2 === 0)
        await t.improvements.realise(
          { opportunityId, benefitObserved: 'access reviews run monthly', evidence: ['automation log'], at },
          by,
        )();
      return;
    case 'realised':
    case 'rejected':
      await t.improvements.close({ opportunityId, at }, by)();
      return;
    default:
      return;
  }
};
