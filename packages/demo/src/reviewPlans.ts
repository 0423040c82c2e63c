import type { DecisionKind, ReviewKind, VerdictAspect, VerdictOutcome } from '@mgmt-review/core';
import type { ActionPlan } from './actions.js';
import type { PersonKey } from './people.js';

export interface DecisionPlan {
  readonly kind: DecisionKind;
  readonly description: string;
  readonly rationale: string;
  readonly actions: readonly ActionPlan[];
}

export interface ReportPlan {
  readonly from: PersonKey;
  readonly inputIds: readonly [string, ...string[]];
  /** A report that is never handed in. */
  readonly missing?: boolean;
}

/** One management review of the story. Reviews without `meetingDay` are still to come when the story ends. */
export interface ReviewPlan {
  readonly reviewId: string;
  readonly kind: ReviewKind;
  /** The date the review was first planned on. */
  readonly plannedDate: string;
  /** A later date it was moved to, and why. */
  readonly rescheduled?: { readonly plannedDate: string; readonly reason: string };
  readonly meetingDay?: string;
  readonly periodCovered: { readonly from: string; readonly to: string };
  readonly invited: readonly PersonKey[];
  readonly apologies?: readonly PersonKey[];
  readonly reports: readonly ReportPlan[];
  /** Inputs justified as not covered in this review. */
  readonly notCovered?: Readonly<Record<string, string>>;
  readonly decisions: readonly DecisionPlan[];
  readonly verdicts?: Readonly<Partial<Record<VerdictAspect, { outcome: VerdictOutcome; comment: string }>>>;
}

const usual: readonly PersonKey[] = ['ceo', 'cfo', 'ciso', 'it', 'hr', 'ops'];
const reports = (extra: readonly ReportPlan[] = []): readonly ReportPlan[] => [
  { from: 'it', inputIds: ['d2'] },
  { from: 'audit', inputIds: ['d3'] },
  ...extra,
];

/**
 * The management reviews of the sample organisation, oldest first: eight quarterly reviews and one
 * annual in-depth review from October 2024 to August 2026, one after the other (each names the one
 * before), and the next one planned for October 2026, after the story ends.
 */
export const reviewPlans: readonly ReviewPlan[] = [
  {
    reviewId: 'MR-2024-10',
    kind: 'regular',
    plannedDate: '2024-10-17',
    meetingDay: '2024-10-17',
    periodCovered: { from: '2024-07-01', to: '2024-09-30' },
    invited: usual,
    reports: reports([{ from: 'hr', inputIds: ['c', 'e'] }]),
    notCovered: { a: 'First management review of the ISMS: no actions from earlier reviews' },
    decisions: [
      {
        kind: 'improvement',
        description: 'Roll out multi-factor authentication for all remote access',
        rationale: 'Credential stuffing attempts doubled in the quarter (input d2)',
        actions: [
          {
            actionId: 'A-01',
            title: 'Enforce MFA on VPN and webmail',
            owner: 'it',
            dueDate: '2024-12-20',
            fate: { kind: 'closed' },
          },
        ],
      },
      {
        kind: 'resourceNeed',
        description: 'Fund a second security engineer',
        rationale: 'Vulnerability backlog grows faster than it is treated',
        actions: [
          {
            actionId: 'A-02',
            title: 'Hire a second security engineer',
            owner: 'cfo',
            dueDate: '2025-01-31',
            fate: {
              kind: 'slipped',
              slips: [{ dueDate: '2025-03-31', reason: 'Budget round moved to the first quarter' }],
            },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Bring the new cloud data platform into the ISMS scope',
        rationale: 'Customer data moves to the platform in 2025 (input b)',
        actions: [
          {
            actionId: 'A-03',
            title: 'Update the ISMS scope statement',
            owner: 'ciso',
            dueDate: '2025-02-28',
            fate: { kind: 'closed' },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2025-01',
    kind: 'regular',
    plannedDate: '2025-01-16',
    meetingDay: '2025-01-16',
    periodCovered: { from: '2024-10-01', to: '2024-12-31' },
    invited: usual,
    apologies: ['cfo'],
    reports: reports([{ from: 'hr', inputIds: ['c', 'e'] }]),
    notCovered: {
      c: 'No change in the needs of interested parties since the October review (checked with sales and legal)',
    },
    decisions: [
      {
        kind: 'improvement',
        description: 'Security awareness programme with phishing simulations',
        rationale: 'Two phishing incidents in the quarter (input d1)',
        actions: [
          {
            actionId: 'A-04',
            title: 'Run monthly phishing simulations with follow-up training',
            owner: 'hr',
            dueDate: '2025-04-30',
            fate: {
              kind: 'ineffective',
              finding: 'Click rate unchanged after three campaigns; training content to be redone',
            },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Revise the supplier security policy',
        rationale: 'Two key suppliers changed their hosting (input b)',
        actions: [
          {
            actionId: 'A-05',
            title: 'Publish the revised supplier security policy',
            owner: 'ops',
            dueDate: '2025-03-31',
            fate: { kind: 'closed' },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2025-04',
    kind: 'regular',
    plannedDate: '2025-04-10',
    meetingDay: '2025-04-10',
    periodCovered: { from: '2025-01-01', to: '2025-03-31' },
    invited: [...usual, 'dev'],
    reports: reports([{ from: 'dev', inputIds: ['d2', 'g'] }]),
    decisions: [
      {
        kind: 'improvement',
        description: 'Centralise the logging of production systems',
        rationale: 'Incident INC-2025-007 could not be traced end to end (input d1)',
        actions: [
          {
            actionId: 'A-06',
            title: 'Connect production systems to the central log service',
            owner: 'it',
            dueDate: '2025-07-31',
            fate: {
              kind: 'slipped',
              slips: [
                { dueDate: '2025-09-30', reason: 'Log service vendor onboarding delayed' },
                { dueDate: '2025-11-30', reason: 'Log volume sizing had to be redone' },
              ],
            },
          },
        ],
      },
      {
        kind: 'resourceNeed',
        description: 'Budget for an external penetration test',
        rationale: 'Certification body recommends independent testing (input d3)',
        actions: [
          {
            actionId: 'A-07',
            title: 'Contract and run the penetration test',
            owner: 'cfo',
            dueDate: '2025-06-30',
            fate: { kind: 'closed' },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Add the quarterly access review procedure to the ISMS',
        rationale: 'Leavers kept access in nonconformity NC-01',
        actions: [
          {
            actionId: 'A-08',
            title: 'Write the access review procedure',
            owner: 'ciso',
            dueDate: '2025-06-15',
            fate: { kind: 'cancelled', reason: 'Folded into the access control policy revision under NC-01' },
          },
        ],
      },
    ],
    verdicts: {
      effectiveness: {
        outcome: 'confirmedWithReservations',
        comment: 'Effective, with reservations: two major nonconformities open',
      },
    },
  },
  {
    reviewId: 'MR-2025-07',
    kind: 'regular',
    plannedDate: '2025-07-10',
    rescheduled: { plannedDate: '2025-07-24', reason: 'External surveillance audit in the planned week' },
    meetingDay: '2025-07-24',
    periodCovered: { from: '2025-04-01', to: '2025-06-30' },
    invited: [...usual, 'dpo'],
    reports: reports([{ from: 'dpo', inputIds: ['c', 'e'] }]),
    decisions: [
      {
        kind: 'improvement',
        description: 'Harden endpoint configuration baselines',
        rationale: 'Configuration drift found by monitoring (MON-2025-03)',
        actions: [
          {
            actionId: 'A-09',
            title: 'Apply CIS baselines to all laptops',
            owner: 'it',
            dueDate: '2025-10-31',
            fate: { kind: 'closed' },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Revise the incident response plan after the ransomware exercise',
        rationale: 'The exercise showed unclear escalation (input d2)',
        actions: [
          {
            actionId: 'A-10',
            title: 'Publish the revised incident response plan',
            owner: 'ops',
            dueDate: '2025-09-30',
            fate: {
              kind: 'slipped',
              slips: [{ dueDate: '2025-10-31', reason: 'Waiting for the insurer’s requirements' }],
            },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2025-10',
    kind: 'regular',
    plannedDate: '2025-10-16',
    meetingDay: '2025-10-16',
    periodCovered: { from: '2025-07-01', to: '2025-09-30' },
    invited: [...usual, 'dpo'],
    apologies: ['ops'],
    reports: reports([{ from: 'dpo', inputIds: ['c', 'e'], missing: true }]),
    notCovered: { e: 'Customer survey results arrive in November; taken to the annual review' },
    decisions: [
      {
        kind: 'improvement',
        description: 'Automate user offboarding',
        rationale: 'Manual offboarding is slow and error-prone (NC-01)',
        actions: [
          {
            actionId: 'A-11',
            title: 'Offboarding workflow in the identity platform',
            owner: 'it',
            dueDate: '2026-01-31',
            fate: { kind: 'closed' },
          },
        ],
      },
      {
        kind: 'resourceNeed',
        description: 'Appoint a deputy data protection officer',
        rationale: 'Single point of failure for privacy requests',
        actions: [
          {
            actionId: 'A-12',
            title: 'Appoint and train the deputy DPO',
            owner: 'hr',
            dueDate: '2025-12-31',
            fate: { kind: 'closed' },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2025-12-ANNUAL',
    kind: 'annualInDepth',
    plannedDate: '2025-12-11',
    meetingDay: '2025-12-11',
    periodCovered: { from: '2025-01-01', to: '2025-11-30' },
    invited: [...usual, 'dev', 'dpo', 'audit'],
    reports: reports([
      { from: 'hr', inputIds: ['c', 'e'] },
      { from: 'dpo', inputIds: ['e'] },
      { from: 'ops', inputIds: ['d4', 'f'] },
    ]),
    decisions: [
      {
        kind: 'ismsChange',
        description: 'Adopt the threat intelligence and monitoring controls of Annex A (A.5.7, A.8.16)',
        rationale: 'Gap found in the annual statement of applicability review',
        actions: [
          {
            actionId: 'A-13',
            title: 'Implement threat intelligence and monitoring controls',
            owner: 'ciso',
            dueDate: '2026-03-31',
            fate: { kind: 'closed' },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Extend the ISMS scope to the new Lisbon office',
        rationale: 'The office opens in the first quarter of 2026 (input b)',
        actions: [
          {
            actionId: 'A-14',
            title: 'Bring the Lisbon office into the ISMS',
            owner: 'ops',
            dueDate: '2026-04-30',
            fate: { kind: 'slipped', slips: [{ dueDate: '2026-06-30', reason: 'Office opening moved to May' }] },
          },
        ],
      },
      {
        kind: 'resourceNeed',
        description: 'Contract a 24/7 security monitoring service',
        rationale: 'Alerts outside office hours wait until morning (input d2)',
        actions: [
          {
            actionId: 'A-15',
            title: 'Sign the managed SOC contract',
            owner: 'cfo',
            dueDate: '2026-02-28',
            fate: { kind: 'closed' },
          },
        ],
      },
      {
        kind: 'improvement',
        description: 'Set measurable security objectives for 2026',
        rationale: 'Objectives for 2025 were only partly measurable (input d4)',
        actions: [
          {
            actionId: 'A-16',
            title: 'Publish the 2026 objectives and their measures',
            owner: 'ciso',
            dueDate: '2026-01-31',
            fate: { kind: 'closed' },
          },
        ],
      },
    ],
    verdicts: {
      adequacy: {
        outcome: 'confirmedWithReservations',
        comment: 'Adequate once the monitoring service is in place',
      },
    },
  },
  {
    reviewId: 'MR-2026-02',
    kind: 'regular',
    plannedDate: '2026-02-19',
    meetingDay: '2026-02-19',
    periodCovered: { from: '2025-12-01', to: '2026-01-31' },
    invited: usual,
    reports: reports([{ from: 'hr', inputIds: ['c', 'e'] }]),
    decisions: [
      {
        kind: 'improvement',
        description: 'Data loss prevention for outgoing e-mail',
        rationale: 'Misdirected e-mails in the period (input d1)',
        actions: [
          {
            actionId: 'A-17',
            title: 'Deploy e-mail data loss prevention',
            owner: 'it',
            dueDate: '2026-06-30',
            fate: {
              kind: 'slippedOpen',
              slips: [{ dueDate: '2026-08-31', reason: 'Licence procurement took longer' }],
            },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Update the statement of applicability for the 2026 controls',
        rationale: 'Follows the annual review decision on Annex A controls',
        actions: [
          {
            actionId: 'A-18',
            title: 'Publish the updated statement of applicability',
            owner: 'ciso',
            dueDate: '2026-04-30',
            fate: { kind: 'completed' },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2026-05',
    kind: 'regular',
    plannedDate: '2026-05-14',
    meetingDay: '2026-05-14',
    periodCovered: { from: '2026-02-01', to: '2026-04-30' },
    invited: [...usual, 'dev'],
    reports: reports([{ from: 'hr', inputIds: ['c', 'e'] }]),
    notCovered: { c: 'No change in interested parties since February (register checked on 2026-05-08)' },
    decisions: [
      {
        kind: 'improvement',
        description: 'Test backup restores every quarter',
        rationale: 'Restore test found gaps (NC-04 follow-up, input d2)',
        actions: [
          {
            actionId: 'A-19',
            title: 'Quarterly restore test of critical systems',
            owner: 'ops',
            dueDate: '2026-08-31',
            fate: { kind: 'open' },
          },
        ],
      },
      {
        kind: 'resourceNeed',
        description: 'Training budget for secure coding',
        rationale: 'Most penetration test findings were coding errors (input d3)',
        actions: [
          {
            actionId: 'A-20',
            title: 'Secure coding training for all developers',
            owner: 'dev',
            dueDate: '2026-07-31',
            fate: { kind: 'closed' },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2026-08',
    kind: 'regular',
    plannedDate: '2026-08-06',
    meetingDay: '2026-08-06',
    periodCovered: { from: '2026-05-01', to: '2026-07-31' },
    invited: [...usual, 'dpo'],
    reports: reports([{ from: 'dpo', inputIds: ['c', 'e'] }]),
    decisions: [
      {
        kind: 'improvement',
        description: 'Introduce a privileged access management tool',
        rationale: 'Shared administrator accounts remain (input d3)',
        actions: [
          {
            actionId: 'A-21',
            title: 'Select and deploy a PAM tool',
            owner: 'it',
            dueDate: '2026-12-15',
            fate: { kind: 'open' },
          },
        ],
      },
      {
        kind: 'ismsChange',
        description: 'Bring the use of AI services under the ISMS',
        rationale: 'Staff use AI assistants with customer data (input b)',
        actions: [
          {
            actionId: 'A-22',
            title: 'Publish the AI acceptable use policy',
            owner: 'dpo',
            dueDate: '2026-09-15',
            fate: { kind: 'open' },
          },
        ],
      },
      {
        kind: 'resourceNeed',
        description: 'A second analyst for the security operations team',
        rationale: 'Alert triage backlog (NC-12)',
        actions: [
          {
            actionId: 'A-23',
            title: 'Hire a second security analyst',
            owner: 'cfo',
            dueDate: '2026-11-30',
            fate: { kind: 'open' },
          },
        ],
      },
    ],
  },
  {
    reviewId: 'MR-2026-10',
    kind: 'regular',
    plannedDate: '2026-10-29',
    periodCovered: { from: '2026-08-01', to: '2026-09-30' },
    invited: [...usual, 'dev'],
    reports: reports([{ from: 'dev', inputIds: ['g'] }]),
    decisions: [],
  },
];
