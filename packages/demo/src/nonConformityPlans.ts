import type { NonConformitySource, Severity } from '@mgmt-review/core';
import type { ActionPlan } from './actions.js';
import type { PersonKey } from './people.js';

/** The furthest 10.2 step a nonconformity of the story reaches. */
export type NonConformityStage =
  | 'raised'
  | 'corrected'
  | 'rootCause'
  | 'planned'
  | 'implemented'
  | 'verified'
  | 'closed'
  | 'closedWithoutAction'
  | 'reopened';

export interface NonConformityPlan {
  readonly nonConformityId: string;
  readonly source: NonConformitySource;
  readonly sourceReference: string;
  readonly severity: Severity;
  readonly requirement: string;
  readonly description: string;
  readonly owner: PersonKey;
  readonly raisedOn: string;
  readonly stage: NonConformityStage;
  /** The corrective actions (10.2 c). */
  readonly actions: readonly ActionPlan[];
  /** For `reopened`: when it recurred, why, and the corrective actions of the second cycle. */
  readonly recurrence?: { readonly on: string; readonly reason: string; readonly actions: readonly ActionPlan[] };
}

const closed = { kind: 'closed' } as const;

/**
 * Fifteen nonconformities from internal and external audits, incidents, monitoring and self
 * identification, at every step of 10.2: raised, corrected, root cause found, corrective action
 * planned, implemented, effectiveness verified, closed (one without corrective action, justified),
 * and one reopened when it recurred.
 */
export const nonConformityPlans: readonly NonConformityPlan[] = [
  {
    nonConformityId: 'NC-01',
    source: 'internalAudit',
    sourceReference: 'IA-2024-02',
    severity: 'minor',
    requirement: 'A.5.18',
    description: 'Access rights of leavers were not removed within one working day',
    owner: 'hr',
    raisedOn: '2024-11-05',
    stage: 'closed',
    actions: [
      { actionId: 'A-31', title: 'Daily leaver report to IT', owner: 'hr', dueDate: '2025-01-15', fate: closed },
    ],
  },
  {
    nonConformityId: 'NC-02',
    source: 'externalAudit',
    sourceReference: 'CB-2024-11 finding 3',
    severity: 'major',
    requirement: '6.1.3 d',
    description: 'The statement of applicability does not justify the excluded controls',
    owner: 'ciso',
    raisedOn: '2024-11-20',
    stage: 'closed',
    actions: [
      {
        actionId: 'A-32',
        title: 'Justify every exclusion in the SoA',
        owner: 'ciso',
        dueDate: '2025-01-31',
        fate: closed,
      },
    ],
  },
  {
    nonConformityId: 'NC-03',
    source: 'incident',
    sourceReference: 'INC-2025-007',
    severity: 'major',
    requirement: 'A.6.3',
    description: 'A phishing e-mail led to a compromised mailbox',
    owner: 'hr',
    raisedOn: '2025-02-10',
    stage: 'reopened',
    actions: [
      {
        actionId: 'A-33',
        title: 'Targeted phishing training for finance',
        owner: 'hr',
        dueDate: '2025-04-30',
        fate: closed,
      },
    ],
    recurrence: {
      on: '2026-06-20',
      reason: 'A similar mailbox compromise (INC-2026-019)',
      actions: [
        {
          actionId: 'A-34',
          title: 'Phishing-resistant MFA for finance',
          owner: 'it',
          dueDate: '2026-10-31',
          fate: { kind: 'open' },
        },
      ],
    },
  },
  {
    nonConformityId: 'NC-04',
    source: 'internalAudit',
    sourceReference: 'IA-2025-01',
    severity: 'minor',
    requirement: 'A.8.13',
    description: 'Backup restores were never tested',
    owner: 'ops',
    raisedOn: '2025-03-12',
    stage: 'closed',
    actions: [
      { actionId: 'A-35', title: 'Restore test of the ERP backup', owner: 'ops', dueDate: '2025-05-31', fate: closed },
    ],
  },
  {
    nonConformityId: 'NC-05',
    source: 'monitoring',
    sourceReference: 'MON-2025-03',
    severity: 'observation',
    requirement: 'A.8.9',
    description: 'Configuration drift on three servers',
    owner: 'it',
    raisedOn: '2025-03-25',
    stage: 'closedWithoutAction',
    actions: [],
  },
  {
    nonConformityId: 'NC-06',
    source: 'externalAudit',
    sourceReference: 'SA-2025-07 finding 1',
    severity: 'minor',
    requirement: '7.2',
    description: 'Competence records of two administrators are incomplete',
    owner: 'hr',
    raisedOn: '2025-07-16',
    stage: 'closed',
    actions: [
      {
        actionId: 'A-36',
        title: 'Complete the competence records',
        owner: 'hr',
        dueDate: '2025-10-15',
        fate: {
          kind: 'slipped',
          slips: [{ dueDate: '2025-11-30', reason: 'Certificates requested from the training provider' }],
        },
      },
    ],
  },
  {
    nonConformityId: 'NC-07',
    source: 'incident',
    sourceReference: 'INC-2025-023',
    severity: 'minor',
    requirement: 'A.5.24',
    description: 'An incident was not escalated within the agreed time',
    owner: 'ops',
    raisedOn: '2025-08-04',
    stage: 'closed',
    actions: [
      { actionId: 'A-37', title: 'On-call escalation rota', owner: 'ops', dueDate: '2025-10-31', fate: closed },
    ],
  },
  {
    nonConformityId: 'NC-08',
    source: 'internalAudit',
    sourceReference: 'IA-2025-02',
    severity: 'minor',
    requirement: 'A.8.32',
    description: 'Hotfixes bypassed change management',
    owner: 'dev',
    raisedOn: '2025-09-18',
    stage: 'verified',
    actions: [
      { actionId: 'A-38', title: 'Emergency change procedure', owner: 'dev', dueDate: '2025-12-15', fate: closed },
    ],
  },
  {
    nonConformityId: 'NC-09',
    source: 'incident',
    sourceReference: 'INC-2025-031',
    severity: 'major',
    requirement: 'A.8.24',
    description: 'An expired TLS certificate caused a customer-facing outage',
    owner: 'it',
    raisedOn: '2025-10-28',
    stage: 'closed',
    actions: [
      {
        actionId: 'A-39',
        title: 'Automated certificate renewal and expiry alerts',
        owner: 'it',
        dueDate: '2025-12-31',
        fate: closed,
      },
    ],
  },
  {
    nonConformityId: 'NC-10',
    source: 'internalAudit',
    sourceReference: 'IA-2026-01',
    severity: 'minor',
    requirement: 'A.5.23',
    description: 'The inventory of cloud services is incomplete',
    owner: 'it',
    raisedOn: '2026-01-20',
    stage: 'implemented',
    actions: [
      {
        actionId: 'A-40',
        title: 'Cloud service discovery and inventory',
        owner: 'it',
        dueDate: '2026-04-30',
        fate: closed,
      },
    ],
  },
  {
    nonConformityId: 'NC-11',
    source: 'externalAudit',
    sourceReference: 'SA-2026-03 finding 2',
    severity: 'minor',
    requirement: '9.2',
    description: 'The audit programme did not cover the Lisbon office',
    owner: 'audit',
    raisedOn: '2026-03-10',
    stage: 'planned',
    actions: [
      {
        actionId: 'A-41',
        title: 'Audit the Lisbon office',
        owner: 'audit',
        dueDate: '2026-06-30',
        fate: { kind: 'open' },
      },
    ],
  },
  {
    nonConformityId: 'NC-12',
    source: 'monitoring',
    sourceReference: 'MON-2026-02',
    severity: 'minor',
    requirement: 'A.8.16',
    description: 'Security alerts wait more than a day for triage',
    owner: 'ops',
    raisedOn: '2026-04-22',
    stage: 'planned',
    actions: [
      {
        actionId: 'A-42',
        title: 'Alert triage runbook and staffing',
        owner: 'ops',
        dueDate: '2026-10-31',
        fate: { kind: 'open' },
      },
    ],
  },
  {
    nonConformityId: 'NC-13',
    source: 'incident',
    sourceReference: 'INC-2026-012',
    severity: 'minor',
    requirement: 'A.5.14',
    description: 'Customer data was e-mailed to the wrong recipient',
    owner: 'dpo',
    raisedOn: '2026-06-03',
    stage: 'rootCause',
    actions: [],
  },
  {
    nonConformityId: 'NC-14',
    source: 'internalAudit',
    sourceReference: 'IA-2026-02',
    severity: 'minor',
    requirement: 'A.8.8',
    description: 'Critical patches were applied later than the policy allows',
    owner: 'it',
    raisedOn: '2026-08-25',
    stage: 'corrected',
    actions: [],
  },
  {
    nonConformityId: 'NC-15',
    source: 'selfIdentified',
    sourceReference: 'SI-2026-04',
    severity: 'observation',
    requirement: 'A.7.7',
    description: 'Clear desk rule not followed on the second floor',
    owner: 'ops',
    raisedOn: '2026-09-22',
    stage: 'raised',
    actions: [],
  },
];
