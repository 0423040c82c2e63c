import type { TreatmentOption } from '@mgmt-review/core';
import { addDays } from '@mgmt-review/core';
import type { ActionPlan } from './actions.js';
import type { PersonKey } from './people.js';

/**
 * How far a risk of the story goes (6.1.2, 6.1.3, 8.2, 8.3):
 * `identified`, `assessed`, `decided` (treatment chosen), `approved` (plan approved by the owner),
 * `residualAssessed`, `accepted` (residual risk accepted by the owner until `expiresOn`),
 * `renewed` (accepted, reassessed at the annual review, treated and accepted again), `exception`
 * (residual risk above appetite, accepted as a justified exception), `retired`.
 */
export type RiskFate =
  | 'identified'
  | 'assessed'
  | 'decided'
  | 'approved'
  | 'residualAssessed'
  | 'accepted'
  | 'renewed'
  | 'exception'
  | 'retired';

export interface RiskPlan {
  readonly riskId: string;
  readonly scenario: string;
  readonly asset: string;
  readonly owner: PersonKey;
  /** Which of confidentiality (C), integrity (I) and availability (A) it harms. */
  readonly cia: string;
  readonly identifiedOn: string;
  readonly rating: readonly [likelihood: number, impact: number];
  readonly treatment: {
    readonly option: TreatmentOption;
    readonly controls: readonly string[];
    readonly justification: string;
  };
  readonly residual: readonly [likelihood: number, impact: number];
  readonly fate: RiskFate;
  /** When the (last) acceptance expires; defaults to 2026-12-31. */
  readonly expiresOn?: string;
  /** Actions implementing the treatment plan (8.3). */
  readonly actions?: readonly ActionPlan[];
}

/** The risk scale, criteria and appetite of the sample organisation: 5 × 5, scores above 8 need treatment. */
export const riskMethod = {
  scale: { likelihoodLevels: 5, impactLevels: 5 },
  criteria: {
    acceptance: 'Scores up to 8 are accepted by the risk owner; above 8 only as a recorded exception',
    assessment: 'Likelihood and impact on the five-level scales of risk methodology v2',
  },
  appetite: 8,
} as const;

/** The day of the annual reassessment of the risks whose acceptance is renewed. */
export const annualReassessmentDay = '2025-12-05';

const modify = (controls: readonly string[], justification = 'Controls reduce the likelihood below appetite') => ({
  option: 'modify' as const,
  controls,
  justification,
});
const share = (justification: string) => ({ option: 'share' as const, controls: [], justification });
const retain = (justification: string) => ({ option: 'retain' as const, controls: [], justification });

/** The first assessment covers thirty risks, one a day from 2 September 2024. */
const initial = (n: number): string => addDays('2024-09-02', n - 1);

const risk = (
  n: number,
  scenario: string,
  asset: string,
  owner: PersonKey,
  cia: string,
  rating: readonly [number, number],
  treatment: RiskPlan['treatment'],
  residual: readonly [number, number],
  fate: RiskFate,
  more: { identifiedOn?: string; expiresOn?: string; actions?: readonly ActionPlan[] } = {},
): RiskPlan => ({
  riskId: `R-${String(n).padStart(2, '0')}`,
  scenario,
  asset,
  owner,
  cia,
  identifiedOn: more.identifiedOn ?? initial(n),
  rating,
  treatment,
  residual,
  fate,
  expiresOn: more.expiresOn,
  actions: more.actions,
});

/**
 * Forty risks: thirty from the first assessment in September 2024, ten identified since. Most are
 * treated with Annex A controls and accepted by their owners; some acceptances have expired, one
 * residual risk above appetite is accepted as an exception, one risk is retired, and the newest
 * are still being assessed or treated when the story ends.
 */
export const riskPlans: readonly RiskPlan[] = [
  risk(
    1,
    'Ransomware encrypts the file servers',
    'File servers',
    'it',
    'IA',
    [4, 5],
    modify(['A.8.7', 'A.8.13']),
    [2, 4],
    'renewed',
  ),
  risk(
    2,
    'Phishing leads to stolen credentials',
    'E-mail',
    'it',
    'CI',
    [4, 4],
    modify(['A.6.3', 'A.8.5']),
    [2, 3],
    'renewed',
  ),
  risk(
    3,
    'A leaver keeps access to SaaS tools',
    'SaaS applications',
    'hr',
    'C',
    [3, 4],
    modify(['A.5.18']),
    [1, 4],
    'accepted',
    { expiresOn: '2025-12-31' },
  ),
  risk(
    4,
    'A misconfigured cloud platform exposes customer data',
    'Cloud data platform',
    'dev',
    'C',
    [3, 5],
    modify(['A.8.9', 'A.5.23']),
    [2, 4],
    'renewed',
  ),
  risk(
    5,
    'A supplier breach exposes shared data',
    'Suppliers',
    'ops',
    'C',
    [3, 4],
    modify(['A.5.19', 'A.5.20']),
    [2, 3],
    'accepted',
  ),
  risk(
    6,
    'A denial of service takes the customer portal offline',
    'Customer portal',
    'it',
    'A',
    [3, 4],
    share('Covered by the CDN provider and cyber insurance'),
    [2, 3],
    'accepted',
  ),
  risk(
    7,
    'A laptop with customer data is stolen',
    'Laptops',
    'it',
    'C',
    [3, 3],
    modify(['A.8.1', 'A.8.24']),
    [1, 3],
    'accepted',
  ),
  risk(8, 'An insider copies the customer list', 'CRM', 'cfo', 'C', [2, 4], modify(['A.8.12']), [2, 2], 'accepted', {
    expiresOn: '2026-06-30',
  }),
  risk(
    9,
    'Backups fail when a restore is needed',
    'Backups',
    'ops',
    'IA',
    [3, 5],
    modify(['A.8.13']),
    [2, 3],
    'renewed',
  ),
  risk(
    10,
    'An unpatched vulnerability is exploited',
    'Servers',
    'it',
    'CIA',
    [4, 4],
    modify(['A.8.8']),
    [2, 4],
    'accepted',
    {
      actions: [
        {
          actionId: 'A-54',
          title: 'Monthly patch cycle with compliance report',
          owner: 'it',
          dueDate: '2024-11-25',
          fate: { kind: 'closed' },
        },
      ],
    },
  ),
  risk(
    11,
    'The legacy ERP can no longer be patched',
    'ERP',
    'cfo',
    'CIA',
    [4, 4],
    retain('The ERP is replaced in 2027; isolating it further would stop invoicing'),
    [3, 4],
    'exception',
  ),
  risk(
    12,
    'Key security staff leave',
    'Security team',
    'hr',
    'A',
    [3, 3],
    modify(['A.6.1', 'A.6.2']),
    [2, 3],
    'accepted',
  ),
  risk(
    13,
    'Personal data is e-mailed to the wrong recipient',
    'E-mail',
    'dpo',
    'C',
    [3, 3],
    modify(['A.5.14']),
    [2, 2],
    'accepted',
    { expiresOn: '2025-06-30' },
  ),
  risk(14, 'Source code leaks', 'Code repositories', 'dev', 'C', [2, 4], modify(['A.8.4']), [1, 4], 'accepted'),
  risk(
    15,
    'A power outage hits the data centre',
    'Data centre',
    'ops',
    'A',
    [2, 4],
    share('The hosting provider guarantees power under its SLA'),
    [2, 2],
    'accepted',
  ),
  risk(
    16,
    'Weak passwords on administrator accounts',
    'Administrator accounts',
    'it',
    'CI',
    [3, 5],
    modify(['A.5.17', 'A.8.5']),
    [1, 5],
    'renewed',
  ),
  risk(
    17,
    'Staff use unapproved SaaS services',
    'SaaS applications',
    'ciso',
    'C',
    [4, 3],
    modify(['A.5.23']),
    [2, 3],
    'accepted',
    { expiresOn: '2026-03-31' },
  ),
  risk(
    18,
    'Payment fraud through CEO impersonation',
    'Finance',
    'cfo',
    'I',
    [3, 4],
    modify(['A.6.3', 'A.5.15']),
    [1, 4],
    'accepted',
  ),
  risk(
    19,
    'A fire destroys the data centre',
    'Data centre',
    'ops',
    'A',
    [1, 5],
    share('Hosting provider insured; recovery site contracted'),
    [1, 3],
    'accepted',
  ),
  risk(
    20,
    'Malware on a developer workstation',
    'Workstations',
    'dev',
    'CI',
    [3, 3],
    modify(['A.8.7']),
    [2, 2],
    'renewed',
  ),
  risk(
    21,
    'Logs are insufficient to investigate an incident',
    'Logging',
    'it',
    'I',
    [3, 3],
    modify(['A.8.15']),
    [2, 2],
    'approved',
    {
      identifiedOn: '2026-06-01',
      actions: [
        {
          actionId: 'A-51',
          title: 'Extend log retention to twelve months',
          owner: 'it',
          dueDate: '2026-11-30',
          fate: { kind: 'open' },
        },
      ],
    },
  ),
  risk(22, 'Unauthorised people enter the office', 'Office', 'ops', 'C', [2, 3], modify(['A.7.2']), [1, 3], 'accepted'),
  risk(23, 'A company phone is lost', 'Phones', 'it', 'C', [3, 2], modify(['A.8.1']), [2, 2], 'accepted'),
  risk(
    24,
    'API keys are committed to repositories',
    'Code repositories',
    'dev',
    'C',
    [3, 4],
    modify(['A.8.4', 'A.8.28']),
    [1, 4],
    'renewed',
  ),
  risk(
    25,
    'A third-party library has a critical vulnerability',
    'Applications',
    'dev',
    'CIA',
    [3, 4],
    modify(['A.8.8', 'A.8.28']),
    [2, 3],
    'residualAssessed',
    {
      identifiedOn: '2026-06-15',
    },
  ),
  risk(26, 'The cloud region fails', 'Cloud platform', 'it', 'A', [2, 4], modify(['A.5.30']), [1, 4], 'accepted'),
  risk(
    27,
    'Data transfer rules change',
    'Customer data',
    'dpo',
    'C',
    [2, 3],
    retain('Within appetite; monitored by the DPO'),
    [2, 3],
    'accepted',
  ),
  risk(
    28,
    'Social engineering at the help desk',
    'Help desk',
    'it',
    'CI',
    [3, 3],
    modify(['A.6.3']),
    [2, 2],
    'renewed',
  ),
  risk(
    29,
    'The e-mail service is unavailable',
    'E-mail',
    'it',
    'A',
    [2, 3],
    share('Provider SLA with service credits'),
    [1, 3],
    'retired',
  ),
  risk(
    30,
    'The asset inventory is inaccurate',
    'Asset inventory',
    'ciso',
    'CIA',
    [3, 3],
    modify(['A.5.9']),
    [2, 2],
    'approved',
    {
      identifiedOn: '2026-03-02',
      actions: [
        {
          actionId: 'A-52',
          title: 'Reconcile the asset inventory with discovery scans',
          owner: 'ops',
          dueDate: '2026-08-31',
          fate: { kind: 'slippedOpen', slips: [{ dueDate: '2026-10-31', reason: 'Discovery tool licence renewal' }] },
        },
      ],
    },
  ),
  risk(
    31,
    'The Lisbon office network is not segmented',
    'Lisbon office',
    'ops',
    'CI',
    [3, 4],
    modify(['A.8.22']),
    [1, 4],
    'accepted',
    {
      identifiedOn: '2025-12-15',
      actions: [
        {
          actionId: 'A-55',
          title: 'Segment the Lisbon office network',
          owner: 'it',
          dueDate: '2026-02-20',
          fate: { kind: 'closed' },
        },
      ],
    },
  ),
  risk(
    32,
    'The managed SOC provider fails to respond',
    'SOC service',
    'cfo',
    'A',
    [2, 4],
    modify(['A.5.21']),
    [2, 2],
    'accepted',
    {
      identifiedOn: '2026-02-02',
    },
  ),
  risk(
    33,
    'An AI assistant leaks customer data',
    'AI services',
    'dpo',
    'C',
    [4, 4],
    modify(['A.5.10', 'A.5.23']),
    [2, 3],
    'decided',
    {
      identifiedOn: '2026-07-20',
    },
  ),
  risk(34, 'Deepfake voice fraud on payments', 'Finance', 'cfo', 'I', [2, 4], modify(['A.6.3']), [1, 4], 'approved', {
    identifiedOn: '2026-05-05',
    actions: [
      {
        actionId: 'A-53',
        title: 'Call-back rule for payment changes',
        owner: 'cfo',
        dueDate: '2026-10-15',
        fate: { kind: 'open' },
      },
    ],
  }),
  risk(
    35,
    'An expired certificate takes a service down',
    'Web services',
    'it',
    'A',
    [3, 4],
    modify(['A.8.24']),
    [1, 4],
    'accepted',
    {
      identifiedOn: '2025-10-29',
      expiresOn: '2026-09-15',
    },
  ),
  risk(
    36,
    'Archived data uses encryption that will not last',
    'Archives',
    'ciso',
    'C',
    [1, 4],
    modify(['A.8.24']),
    [1, 2],
    'assessed',
    {
      identifiedOn: '2026-08-20',
    },
  ),
  risk(
    37,
    'Contractors use unmanaged devices',
    'Contractors',
    'hr',
    'C',
    [3, 3],
    modify(['A.8.1']),
    [1, 3],
    'assessed',
    {
      identifiedOn: '2026-09-01',
    },
  ),
  risk(
    38,
    'The Lisbon office badge system can be cloned',
    'Lisbon office',
    'ops',
    'C',
    [2, 3],
    modify(['A.7.2']),
    [1, 3],
    'identified',
    {
      identifiedOn: '2026-09-10',
    },
  ),
  risk(
    39,
    'The payment provider changes its API without notice',
    'Payments',
    'cfo',
    'I',
    [2, 3],
    share('Contractual notice period'),
    [1, 3],
    'identified',
    {
      identifiedOn: '2026-09-24',
    },
  ),
  risk(
    40,
    'Alert fatigue hides a real attack',
    'Monitoring',
    'ops',
    'CIA',
    [3, 4],
    modify(['A.8.16']),
    [2, 3],
    'decided',
    {
      identifiedOn: '2026-04-23',
    },
  ),
];
