import type { Progress } from '@mgmt-review/core';
import type { PersonKey } from './people.js';

/** A progress evaluation (6.2 d): a measurable objective's cites its indicator's value for `period`. */
export interface ProgressPlan {
  readonly on: string;
  readonly period?: string;
  readonly progress: Progress;
  readonly comment: string;
}

/** How an objective ends, if it does before the story does. */
export type ObjectiveOutcome =
  /** Achieved on its indicator's value for `period` (measurable), or on the evaluation (not measurable). */
  | {
      readonly kind: 'achieved';
      readonly on: string;
      readonly period?: string;
      readonly evaluation?: { readonly conclusion: string; readonly evidence: readonly [string, ...string[]] };
    }
  /** Missed, on its indicator's value for `period`, with the evaluation and what follows. */
  | {
      readonly kind: 'missed';
      readonly on: string;
      readonly period: string;
      readonly conclusion: string;
      readonly followUp: string;
    }
  | { readonly kind: 'withdrawn'; readonly on: string; readonly reason: string };

/**
 * One information-security objective of the story (6.2): measurable on an indicator of
 * `indicatorPlans` (`target`: the value aimed for; the direction is the indicator's), or judged by
 * its `fulfilmentCriteria`; its plan (6.2 h–l), progress evaluations, a revision, and how it ends.
 */
export interface ObjectivePlan {
  readonly objectiveId: string;
  readonly statement: string;
  readonly policyReference: string;
  readonly owner: PersonKey;
  readonly setOn: string;
  readonly dueDate: string;
  readonly target?: { readonly indicatorId: string; readonly value: number };
  readonly fulfilmentCriteria?: string;
  readonly plan: {
    readonly activities: string;
    readonly resources: string;
    readonly responsible: PersonKey;
    readonly resultsEvaluation: string;
  };
  readonly requirements?: readonly string[];
  readonly evaluations: readonly ProgressPlan[];
  /** A revision: the new due date, with the reason. */
  readonly revision?: { readonly on: string; readonly reason: string; readonly dueDate: string };
  readonly outcome?: ObjectiveOutcome;
}

/**
 * Eight objectives over the two years: fewer incidents, MFA on remote access, training and patch
 * compliance achieved on measurements that meet their targets (the patch objective first revised);
 * the 2025 phishing objective missed and followed by a 2026 one still pursued; the supplier
 * assessment objective withdrawn; the leadership objective, not measurable, achieved on its evaluation.
 */
export const objectivePlans: readonly ObjectivePlan[] = [
  {
    objectiveId: 'OBJ-01',
    statement: 'Reduce security incidents to at most 4 a month',
    policyReference: 'Information security policy v4, section 2 (objectives)',
    owner: 'ciso',
    setOn: '2024-10-24',
    dueDate: '2026-06-30',
    target: { indicatorId: 'IND-01', value: 4 },
    plan: {
      activities: 'MFA, awareness campaigns and central logging (review decisions of October 2024 to April 2025)',
      resources: 'Security engineering time and the awareness budget',
      responsible: 'ciso',
      resultsEvaluation: 'Monthly incident count (IND-01), evaluated each quarter',
    },
    requirements: ['Risk R-01 treatment', 'Customer incident notification (IP-NORTHWIND REQ-NW-01)'],
    evaluations: [
      { on: '2025-01-20', period: '2024-12', progress: 'atRisk', comment: 'Eight incidents in December' },
      { on: '2025-04-14', period: '2025-03', progress: 'atRisk', comment: 'Down after the February phishing wave' },
      { on: '2025-07-15', period: '2025-06', progress: 'atRisk', comment: 'Six incidents once June was corrected' },
      { on: '2025-10-13', period: '2025-09', progress: 'onTrack', comment: 'Falling for three quarters' },
      { on: '2026-01-19', period: '2025-12', progress: 'onTrack', comment: 'At the target in December' },
      { on: '2026-04-13', period: '2026-03', progress: 'onTrack', comment: 'Below the target' },
    ],
    outcome: { kind: 'achieved', on: '2026-07-10', period: '2026-06' },
  },
  {
    objectiveId: 'OBJ-02',
    statement: 'Protect every remote access account with a second factor',
    policyReference: 'Access control policy v2, section 5',
    owner: 'it',
    setOn: '2024-10-24',
    dueDate: '2025-03-31',
    target: { indicatorId: 'IND-02', value: 98 },
    plan: {
      activities: 'Enforce MFA on VPN and webmail (A-01)',
      resources: 'Identity platform licences',
      responsible: 'it',
      resultsEvaluation: 'MFA enrolment of remote access accounts (IND-02), monthly',
    },
    evaluations: [{ on: '2024-12-09', period: '2024-11', progress: 'onTrack', comment: 'Enrolment at 84%' }],
    outcome: { kind: 'achieved', on: '2025-02-10', period: '2025-01' },
  },
  {
    objectiveId: 'OBJ-03',
    statement: 'Bring the phishing click rate down to 5% by the end of 2025',
    policyReference: 'Information security policy v4, section 2 (objectives)',
    owner: 'hr',
    setOn: '2025-01-27',
    dueDate: '2025-12-31',
    target: { indicatorId: 'IND-03', value: 5 },
    plan: {
      activities: 'Monthly phishing simulations with follow-up training (A-04)',
      resources: 'Awareness platform, one day of HR time a month',
      responsible: 'hr',
      resultsEvaluation: 'Click rate of the monthly simulation (IND-03)',
    },
    evaluations: [
      { on: '2025-04-14', period: '2025-03', progress: 'offTrack', comment: 'Unchanged after three campaigns' },
      { on: '2025-07-15', period: '2025-06', progress: 'atRisk', comment: 'Slowly falling' },
      { on: '2025-10-13', period: '2025-09', progress: 'offTrack', comment: 'Still at 7%' },
    ],
    outcome: {
      kind: 'missed',
      on: '2026-01-15',
      period: '2025-12',
      conclusion: 'The click rate stayed at 7%: the training content did not change behaviour',
      followUp: 'Training redone (A-04); a 2026 objective (OBJ-08) on the same indicator',
    },
  },
  {
    objectiveId: 'OBJ-04',
    statement: 'Apply 95% of critical patches within 14 days',
    policyReference: 'Vulnerability management standard v1',
    owner: 'it',
    setOn: '2024-10-24',
    dueDate: '2025-12-31',
    target: { indicatorId: 'IND-04', value: 95 },
    plan: {
      activities: 'Central patch tool for servers and laptops',
      resources: 'Patch tool licence, IT operations time',
      responsible: 'it',
      resultsEvaluation: 'Critical patches within 14 days (IND-04), monthly',
    },
    evaluations: [
      { on: '2025-04-14', period: '2025-03', progress: 'atRisk', comment: 'At 94%' },
      { on: '2025-10-13', period: '2025-09', progress: 'atRisk', comment: 'At 95%, not yet steady' },
    ],
    revision: {
      on: '2025-10-20',
      reason: 'The patch tool roll-out waits for the central log service (A-06): due date moved to mid-2026',
      dueDate: '2026-06-30',
    },
    outcome: { kind: 'achieved', on: '2026-04-10', period: '2026-03' },
  },
  {
    objectiveId: 'OBJ-05',
    statement: 'Every member of staff completes the security awareness course each year',
    policyReference: 'Information security policy v4, section 6 (people)',
    owner: 'hr',
    setOn: '2024-10-24',
    dueDate: '2025-09-30',
    target: { indicatorId: 'IND-05', value: 95 },
    plan: {
      activities: 'Yearly e-learning, reminders to managers, a course for new joiners in their first week',
      resources: 'Learning platform',
      responsible: 'hr',
      resultsEvaluation: 'Course completion at the end of each quarter (IND-05)',
    },
    evaluations: [
      { on: '2025-01-20', period: '2024-Q4', progress: 'atRisk', comment: '85% at the end of 2024' },
      { on: '2025-07-15', period: '2025-Q2', progress: 'onTrack', comment: '93% at mid-year' },
    ],
    outcome: { kind: 'achieved', on: '2025-10-12', period: '2025-Q3' },
  },
  {
    objectiveId: 'OBJ-06',
    statement: 'Assess the security of every critical supplier each year',
    policyReference: 'Supplier security policy v1',
    owner: 'ops',
    setOn: '2024-10-24',
    dueDate: '2025-09-30',
    target: { indicatorId: 'IND-06', value: 100 },
    plan: {
      activities: 'Yearly security questionnaire to each critical supplier',
      resources: 'Procurement and operations time',
      responsible: 'ops',
      resultsEvaluation: 'Critical suppliers with a current assessment (IND-06), quarterly',
    },
    evaluations: [{ on: '2025-04-14', period: '2025-Q1', progress: 'offTrack', comment: 'Only 65% assessed' }],
    outcome: {
      kind: 'withdrawn',
      on: '2025-07-28',
      reason: 'The revised supplier security policy (A-05) assesses suppliers at each contract renewal instead',
    },
  },
  {
    objectiveId: 'OBJ-07',
    statement: 'Make information security a standing topic of the leadership team',
    policyReference: 'Information security policy v4, section 1 (leadership)',
    owner: 'ceo',
    setOn: '2025-01-20',
    dueDate: '2026-06-30',
    fulfilmentCriteria:
      'Security is on the agenda of every monthly leadership meeting and its decisions are followed up, judged from the minutes',
    plan: {
      activities: 'A security item on each leadership agenda, presented by the CISO',
      resources: 'Fifteen minutes of each leadership meeting',
      responsible: 'ciso',
      resultsEvaluation: 'Review of the leadership minutes each half-year',
    },
    evaluations: [
      { on: '2025-07-15', progress: 'onTrack', comment: 'On the agenda of all six meetings of the half-year' },
      { on: '2026-01-19', progress: 'onTrack', comment: 'Eleven of twelve meetings; one cancelled' },
    ],
    outcome: {
      kind: 'achieved',
      on: '2026-06-26',
      evaluation: {
        conclusion: 'Security was discussed in every leadership meeting held for eighteen months, with follow-ups',
        evidence: ['dms://leadership/minutes-2025', 'dms://leadership/minutes-2026-h1'],
      },
    },
  },
  {
    objectiveId: 'OBJ-08',
    statement: 'Bring the phishing click rate down to 4% by the end of 2026',
    policyReference: 'Information security policy v4, section 2 (objectives)',
    owner: 'hr',
    setOn: '2026-01-20',
    dueDate: '2026-12-31',
    target: { indicatorId: 'IND-03', value: 4 },
    plan: {
      activities: 'Redone training content, team-level results, phishing-resistant MFA for finance',
      resources: 'Awareness platform, security engineering time',
      responsible: 'hr',
      resultsEvaluation: 'Click rate of the monthly simulation (IND-03)',
    },
    evaluations: [
      { on: '2026-04-13', period: '2026-03', progress: 'atRisk', comment: 'At 5%' },
      { on: '2026-07-13', period: '2026-06', progress: 'offTrack', comment: 'Back to 6% in June' },
      { on: '2026-09-14', period: '2026-08', progress: 'onTrack', comment: 'At the target in July and August' },
    ],
  },
];
