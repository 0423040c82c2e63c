import type { ImprovementCommand } from '../index.js';
import { people } from './people.js';
import { minute } from './samples.js';
import { typedCommand } from './typedCommand.js';

const improvement = typedCommand<ImprovementCommand>();

/**
 * An improvement opportunity's happy path (10.1, 9.3.2 g): "automate certain security tasks",
 * logged from a staff suggestion, evaluated, adopted by decision `dec-1` of review `r1`, realised,
 * closed; with a deferral and a rejection to decide instead.
 */
export const improvementSamples = (opportunityId = 'imp-automate') => ({
  log: improvement('LogImprovementOpportunity', people.itLead, {
    opportunityId,
    source: 'staffSuggestion',
    description: 'automate certain security tasks: access reviews and patch reports',
    expectedBenefit: 'two days a month back for the security team, and no missed review',
    at: minute(0, '2026-01-10'),
  }),
  evaluate: improvement('EvaluateImprovementOpportunity', people.ciso, {
    opportunityId,
    value: 'high',
    effort: 'medium',
    comment: 'the identity platform has an API for it',
    at: minute(0, '2026-01-20'),
  }),
  adopt: improvement('DecideImprovementOpportunity', people.ceo, {
    opportunityId,
    outcome: 'adopt',
    reviewId: 'r1',
    decisionId: 'dec-1',
    actionIds: ['act-1'],
    at: minute(0, '2026-03-31'),
  }),
  defer: improvement('DecideImprovementOpportunity', people.ceo, {
    opportunityId,
    outcome: 'defer',
    revisitOn: '2026-09-30',
    reason: 'after the SIEM migration',
    at: minute(0, '2026-03-31'),
  }),
  reject: improvement('DecideImprovementOpportunity', people.ceo, {
    opportunityId,
    outcome: 'reject',
    reason: 'the tooling costs more than the time it saves',
    at: minute(0, '2026-03-31'),
  }),
  realise: improvement('RealiseImprovementOpportunity', people.ciso, {
    opportunityId,
    benefitObserved: 'access reviews run every month without manual work',
    evidence: ['automation run log 2026-06', 'access review report June'],
    at: minute(0, '2026-07-01'),
  }),
  close: improvement('CloseImprovementOpportunity', people.ciso, { opportunityId, at: minute(0, '2026-07-15') }),
});
