import type { AuditKind } from '@mgmt-review/core';
import type { PersonKey } from './people.js';

/** The lead auditor of the certification body: not one of the organisation's people. */
export const certificationAuditor = { id: 'cb-lead-auditor', role: 'certificationBodyAuditor' } as const;

/** Who audits: one of the organisation's people, or the certification body's auditor. */
export type AuditorKey = PersonKey | 'certificationBody';

/** A finding other than a nonconformity: what the auditor saw, on a process in scope. */
export interface FindingPlan {
  readonly findingId: string;
  readonly kind: 'conformity' | 'observation' | 'opportunity';
  readonly process: string;
  readonly requirement: string;
  readonly description: string;
  readonly on: string;
}

/**
 * A nonconformity finding: the story's nonconformity `nonConformityId` (its requirement,
 * description, severity, owner and the day it is raised come from its plan), raised as the finding.
 */
export interface NonConformityFindingPlan {
  readonly findingId: string;
  readonly kind: 'nonconformity';
  readonly process: string;
  readonly nonConformityId: string;
  /** Who records it, when not the audit's `recordedBy` (who may not own the process). */
  readonly recordedBy?: PersonKey;
}

/**
 * One audit of the story (9.2), in its programme: planned with its scope (each process with its
 * owner), criteria, window and lead auditor — who owns none of the processes (9.2.2 c) —, started
 * on the first day of its window, findings recorded, reported five days after the window to the
 * CEO and the CISO, and closed ten days later. An audit whose window opens after the story ends
 * stays planned.
 */
export interface AuditPlan {
  readonly auditId: string;
  readonly programmeId: string;
  readonly kind: AuditKind;
  readonly scope: readonly { readonly process: string; readonly owner: PersonKey }[];
  readonly criteria: readonly [string, ...string[]];
  readonly window: { readonly from: string; readonly to: string };
  readonly leadAuditor: AuditorKey;
  readonly auditBody?: string;
  readonly plannedOn: string;
  /** Who plans, starts, reports and closes it, and records its findings in the history. */
  readonly recordedBy: PersonKey;
  readonly findings: readonly (FindingPlan | NonConformityFindingPlan)[];
}

/** The two programmes: the organisation's internal audits, and the certification body's. */
export const internalProgramme = 'AP-INTERNAL';
export const externalProgramme = 'AP-EXTERNAL';

const standard = 'ISO/IEC 27001:2022';
const body = 'Accredited certification body';

/**
 * The internal audit programme (two or three audits a year, by the internal auditor) and the
 * external one (certification in November 2024, surveillance in July 2025 and March 2026). Their
 * nonconformity findings are the story's audit nonconformities: NC-01, NC-04, NC-08, NC-10 and
 * NC-14 internal, NC-02, NC-06 and NC-11 external. The audit of the Lisbon office is planned for
 * October 2026, after the story ends.
 */
export const auditPlans: readonly AuditPlan[] = [
  {
    auditId: 'IA-2024-01',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [
      { process: 'ISMS management', owner: 'ciso' },
      { process: 'risk management', owner: 'ciso' },
    ],
    criteria: [standard, 'ISMS policy v4'],
    window: { from: '2024-09-23', to: '2024-09-27' },
    leadAuditor: 'audit',
    plannedOn: '2024-09-03',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'IA-2024-01-F1',
        kind: 'conformity',
        process: 'risk management',
        requirement: '6.1.2',
        description: 'Risks are assessed on the documented 5 × 5 method with named owners',
        on: '2024-09-24',
      },
      {
        findingId: 'IA-2024-01-F2',
        kind: 'observation',
        process: 'ISMS management',
        requirement: '6.2',
        description: 'Objectives are set but not all of them are measurable',
        on: '2024-09-25',
      },
    ],
  },
  {
    auditId: 'IA-2024-02',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [
      { process: 'joiners, movers and leavers', owner: 'hr' },
      { process: 'access management', owner: 'it' },
    ],
    criteria: [standard, 'Access control policy v2'],
    window: { from: '2024-11-04', to: '2024-11-08' },
    leadAuditor: 'audit',
    plannedOn: '2024-09-03',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'IA-2024-02-F1',
        kind: 'conformity',
        process: 'access management',
        requirement: 'A.8.5',
        description: 'Administrator accounts use a second factor',
        on: '2024-11-04',
      },
      {
        findingId: 'IA-2024-02-F2',
        kind: 'nonconformity',
        process: 'joiners, movers and leavers',
        nonConformityId: 'NC-01',
      },
      {
        findingId: 'IA-2024-02-F3',
        kind: 'observation',
        process: 'access management',
        requirement: 'A.5.18',
        description: 'Access reviews are done, but their sign-off is kept in e-mails',
        on: '2024-11-06',
      },
    ],
  },
  {
    auditId: 'CB-2024-11',
    programmeId: externalProgramme,
    kind: 'external',
    scope: [
      { process: 'ISMS management', owner: 'ciso' },
      { process: 'risk treatment', owner: 'ciso' },
      { process: 'IT operations', owner: 'it' },
    ],
    criteria: [standard],
    window: { from: '2024-11-18', to: '2024-11-21' },
    leadAuditor: 'certificationBody',
    auditBody: body,
    plannedOn: '2024-09-05',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'CB-2024-11-F1',
        kind: 'conformity',
        process: 'ISMS management',
        requirement: '5.2',
        description: 'The information security policy is approved by top management and communicated',
        on: '2024-11-18',
      },
      {
        findingId: 'CB-2024-11-F2',
        kind: 'opportunity',
        process: 'IT operations',
        requirement: 'A.8.15',
        description: 'Logs of production systems could be collected centrally',
        on: '2024-11-19',
      },
      { findingId: 'CB-2024-11-F3', kind: 'nonconformity', process: 'risk treatment', nonConformityId: 'NC-02' },
    ],
  },
  {
    auditId: 'IA-2025-01',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [
      { process: 'backup and recovery', owner: 'ops' },
      { process: 'IT operations', owner: 'it' },
    ],
    criteria: [standard, 'Backup standard v1'],
    window: { from: '2025-03-10', to: '2025-03-14' },
    leadAuditor: 'audit',
    plannedOn: '2025-01-20',
    recordedBy: 'audit',
    findings: [
      { findingId: 'IA-2025-01-F1', kind: 'nonconformity', process: 'backup and recovery', nonConformityId: 'NC-04' },
      {
        findingId: 'IA-2025-01-F2',
        kind: 'conformity',
        process: 'IT operations',
        requirement: 'A.8.32',
        description: 'Changes to production follow the change procedure',
        on: '2025-03-11',
      },
      {
        findingId: 'IA-2025-01-F3',
        kind: 'opportunity',
        process: 'IT operations',
        requirement: 'A.5.18',
        description: 'Repetitive security tasks (offboarding, certificate renewal, patch reports) are done by hand',
        on: '2025-03-13',
      },
    ],
  },
  {
    auditId: 'SA-2025-07',
    programmeId: externalProgramme,
    kind: 'external',
    scope: [
      { process: 'competence and awareness', owner: 'hr' },
      { process: 'incident management', owner: 'ops' },
    ],
    criteria: [standard],
    window: { from: '2025-07-09', to: '2025-07-16' },
    leadAuditor: 'certificationBody',
    auditBody: body,
    plannedOn: '2025-04-22',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'SA-2025-07-F1',
        kind: 'nonconformity',
        process: 'competence and awareness',
        nonConformityId: 'NC-06',
      },
      {
        findingId: 'SA-2025-07-F2',
        kind: 'conformity',
        process: 'incident management',
        requirement: 'A.5.26',
        description: 'Incidents are classified and responded to as the procedure says',
        on: '2025-07-10',
      },
    ],
  },
  {
    auditId: 'IA-2025-02',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [
      { process: 'change management', owner: 'dev' },
      { process: 'incident management', owner: 'ops' },
    ],
    criteria: [standard, 'Change management procedure v3'],
    window: { from: '2025-09-15', to: '2025-09-19' },
    leadAuditor: 'audit',
    plannedOn: '2025-07-28',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'IA-2025-02-F1',
        kind: 'conformity',
        process: 'incident management',
        requirement: 'A.5.24',
        description: 'The on-call escalation rota is in place (NC-07)',
        on: '2025-09-16',
      },
      { findingId: 'IA-2025-02-F2', kind: 'nonconformity', process: 'change management', nonConformityId: 'NC-08' },
    ],
  },
  {
    auditId: 'IA-2026-01',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [
      { process: 'cloud services', owner: 'it' },
      { process: 'supplier relationships', owner: 'ops' },
    ],
    criteria: [standard, 'Supplier security policy v2'],
    window: { from: '2026-01-19', to: '2026-01-23' },
    leadAuditor: 'audit',
    plannedOn: '2025-12-15',
    recordedBy: 'audit',
    findings: [
      { findingId: 'IA-2026-01-F1', kind: 'nonconformity', process: 'cloud services', nonConformityId: 'NC-10' },
      {
        findingId: 'IA-2026-01-F2',
        kind: 'conformity',
        process: 'supplier relationships',
        requirement: 'A.5.20',
        description: 'Security clauses are in every supplier contract renewed in 2025',
        on: '2026-01-21',
      },
    ],
  },
  {
    auditId: 'SA-2026-03',
    programmeId: externalProgramme,
    kind: 'external',
    scope: [
      { process: 'internal audit', owner: 'audit' },
      { process: 'monitoring and measurement', owner: 'ciso' },
    ],
    criteria: [standard],
    window: { from: '2026-03-09', to: '2026-03-12' },
    leadAuditor: 'certificationBody',
    auditBody: body,
    plannedOn: '2025-12-15',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'SA-2026-03-F1',
        kind: 'conformity',
        process: 'monitoring and measurement',
        requirement: '9.1',
        description: 'Indicators are measured and analysed by different people, as defined',
        on: '2026-03-09',
      },
      {
        findingId: 'SA-2026-03-F2',
        kind: 'nonconformity',
        process: 'internal audit',
        nonConformityId: 'NC-11',
        recordedBy: 'ciso',
      },
    ],
  },
  {
    auditId: 'IA-2026-02',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [
      { process: 'vulnerability management', owner: 'it' },
      { process: 'physical security', owner: 'ops' },
    ],
    criteria: [standard, 'Vulnerability management standard v1'],
    window: { from: '2026-08-24', to: '2026-08-28' },
    leadAuditor: 'audit',
    plannedOn: '2026-06-15',
    recordedBy: 'audit',
    findings: [
      {
        findingId: 'IA-2026-02-F1',
        kind: 'nonconformity',
        process: 'vulnerability management',
        nonConformityId: 'NC-14',
      },
      {
        findingId: 'IA-2026-02-F2',
        kind: 'observation',
        process: 'physical security',
        requirement: 'A.7.7',
        description: 'Papers left on desks on the second floor',
        on: '2026-08-26',
      },
    ],
  },
  {
    auditId: 'IA-2026-03',
    programmeId: internalProgramme,
    kind: 'internal',
    scope: [{ process: 'Lisbon office operations', owner: 'ops' }],
    criteria: [standard],
    window: { from: '2026-10-12', to: '2026-10-16' },
    leadAuditor: 'audit',
    plannedOn: '2026-09-10',
    recordedBy: 'audit',
    findings: [],
  },
];
