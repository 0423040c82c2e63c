import type { ImprovementLevel, ImprovementSource } from '@mgmt-review/core';

/** A decision on an opportunity (9.3.3): adopted by a review decision with its actions, deferred, or rejected. */
export type ImprovementDecisionPlan =
  | {
      readonly outcome: 'adopt';
      readonly on: string;
      readonly reviewId: string;
      readonly decisionId: string;
      readonly actionIds: readonly string[];
    }
  | { readonly outcome: 'defer'; readonly on: string; readonly revisitOn: string; readonly reason: string }
  | {
      readonly outcome: 'reject';
      readonly on: string;
      readonly reason: string;
      readonly reviewId?: string;
      readonly decisionId?: string;
    };

/**
 * One opportunity of the continual-improvement log (10.1, 9.3.2 g): logged, evaluated, decided
 * (once or more: a deferral is decided again), realised with the benefit observed, closed.
 */
export interface ImprovementPlan {
  readonly opportunityId: string;
  readonly source: ImprovementSource;
  readonly sourceReference?: string;
  readonly description: string;
  readonly expectedBenefit: string;
  readonly loggedOn: string;
  readonly evaluation?: {
    readonly on: string;
    readonly value: ImprovementLevel;
    readonly effort: ImprovementLevel;
    readonly comment?: string;
  };
  readonly decisions?: readonly ImprovementDecisionPlan[];
  readonly realised?: {
    readonly on: string;
    readonly benefitObserved: string;
    readonly evidence: readonly [string, ...string[]];
  };
  readonly closedOn?: string;
}

/**
 * Six opportunities: automating certain security tasks (found in the March 2025 audit), deferred
 * in April 2025, adopted by the October 2025 review with its action A-11, realised and closed; a
 * password manager deferred; continuous access certification and a customer security portal
 * rejected; team-level phishing results still being evaluated; an AI assistant kept in-house just logged.
 */
export const improvementPlans: readonly ImprovementPlan[] = [
  {
    opportunityId: 'IMP-01',
    source: 'audit',
    sourceReference: 'IA-2025-01-F3',
    description: 'Automate certain security tasks: user offboarding first, then certificate renewal and patch reports',
    expectedBenefit: 'Leavers lose access the same day, and fewer security tasks depend on one person remembering them',
    loggedOn: '2025-03-17',
    evaluation: {
      on: '2025-03-31',
      value: 'high',
      effort: 'medium',
      comment: 'Needs the identity platform’s workflow module',
    },
    decisions: [
      {
        outcome: 'defer',
        on: '2025-04-10',
        revisitOn: '2025-10-01',
        reason: 'The central logging project (A-06) takes the engineering time until the autumn',
      },
      {
        outcome: 'adopt',
        on: '2025-10-16',
        reviewId: 'MR-2025-10',
        decisionId: 'MR-2025-10-D1',
        actionIds: ['A-11'],
      },
    ],
    realised: {
      on: '2026-03-16',
      benefitObserved: 'Leavers lose access within the hour; the quarterly access review found no leaver with access',
      evidence: ['dms://evidence/A-11/complete', 'idp://reports/access-reviews/2026-Q1'],
    },
    closedOn: '2026-03-23',
  },
  {
    opportunityId: 'IMP-02',
    source: 'staffSuggestion',
    sourceReference: 'CS-2025-INTERVIEWS-R2',
    description: 'A password manager for all staff',
    expectedBenefit: 'No reused passwords; shared accounts handed over safely',
    loggedOn: '2025-06-23',
    evaluation: { on: '2025-07-07', value: 'medium', effort: 'low' },
    decisions: [
      {
        outcome: 'defer',
        on: '2026-05-14',
        revisitOn: '2026-11-16',
        reason: 'To be chosen together with the privileged access management tool',
      },
    ],
  },
  {
    opportunityId: 'IMP-03',
    source: 'review',
    sourceReference: 'MR-2025-04',
    description: 'Replace quarterly access reviews by a continuous access certification tool',
    expectedBenefit: 'Access rights checked all the time instead of every quarter',
    loggedOn: '2025-04-14',
    evaluation: { on: '2025-05-05', value: 'medium', effort: 'high', comment: 'Licence cost about 40k a year' },
    decisions: [
      {
        outcome: 'reject',
        on: '2025-07-24',
        reason: 'The cost is out of proportion for 120 staff; quarterly reviews are complete on time (IND-08)',
      },
    ],
    closedOn: '2025-07-31',
  },
  {
    opportunityId: 'IMP-04',
    source: 'feedback',
    sourceReference: 'CS-2024-SURVEY-F4',
    description: 'A customer portal showing each customer’s security settings',
    expectedBenefit: 'Fewer security questionnaires to answer by hand',
    loggedOn: '2025-01-20',
    evaluation: { on: '2025-02-03', value: 'low', effort: 'high' },
    decisions: [
      {
        outcome: 'reject',
        on: '2025-04-10',
        reason: 'Few customers asked for it; the trust page with the certificate answers most questions',
      },
    ],
  },
  {
    opportunityId: 'IMP-05',
    source: 'measurement',
    sourceReference: 'IND-03',
    description: 'Show phishing simulation results per team to team leads',
    expectedBenefit: 'Team leads follow up with the teams that click most',
    loggedOn: '2026-01-19',
    evaluation: { on: '2026-02-02', value: 'medium', effort: 'low', comment: 'Works council to be consulted first' },
  },
  {
    opportunityId: 'IMP-06',
    source: 'feedback',
    sourceReference: 'CS-2026-POLL-F3',
    description: 'A company AI assistant that keeps data inside the organisation',
    expectedBenefit: 'Staff use AI without sending customer data to outside services',
    loggedOn: '2026-06-29',
  },
];
