import type { AuditCommand } from '../audit/commands.js';
import type { FindingKind } from '../audit/events.js';
import { people } from './people.js';
import { typedCommand } from './typedCommand.js';

const audit = typedCommand<AuditCommand>();

/**
 * Sample commands of an internal audit of the 2026 programme: access management (owned by the IT
 * lead) and human resources security (owned by the HR lead), led by the internal auditor, the week
 * of 4 May 2026.
 */
export const auditSamples = (auditId = 'au-2026-1') => ({
  plan: audit('PlanAudit', people.ciso, {
    auditId,
    programmeId: '2026-internal',
    kind: 'internal',
    scope: [
      { process: 'access management', owner: people.itLead },
      { process: 'human resources security', owner: people.hrLead },
    ],
    criteria: ['ISO/IEC 27001:2022', 'information security policy v4'],
    window: { from: '2026-05-04', to: '2026-05-08' },
    leadAuditor: people.auditor,
    at: '2026-04-01T09:00:00Z',
  }),
  start: audit('StartAudit', people.auditor, { auditId, at: '2026-05-04T09:00:00Z' }),
  /** A finding on access management by the lead auditor; a nonconformity names `nc-1`. */
  finding: (kind: FindingKind, findingId = 'f-1') =>
    audit('RecordAuditFinding', people.auditor, {
      auditId,
      findingId,
      kind,
      process: 'access management',
      requirement: 'A.5.18',
      description: 'leavers keep their access for up to 30 days',
      auditor: people.auditor,
      nonConformityId: kind === 'nonconformity' ? 'nc-1' : undefined,
      at: '2026-05-05T10:00:00Z',
    }),
  report: audit('ReportAudit', people.auditor, {
    auditId,
    reportReference: 'AR-2026-1',
    reportedOn: '2026-05-12',
    reportedTo: [people.ceo, people.ciso],
    at: '2026-05-12T15:00:00Z',
  }),
  close: audit('CloseAudit', people.ciso, { auditId, at: '2026-05-20T09:00:00Z' }),
  cancel: audit('CancelAudit', people.ciso, {
    auditId,
    reason: 'the scope moves to the external surveillance audit',
    at: '2026-04-20T09:00:00Z',
  }),
});
