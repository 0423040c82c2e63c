import type { Audit, AuditKind, FindingKind, NonConformity } from '@mgmt-review/core';
import { auditor, ceo, ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';
import { NONCONFORMITIES } from './nonConformity.js';

/** An audit of a random history: internal, led by the internal auditor, or external, by a certification body. */
export interface AuditProfile {
  readonly auditId: string;
  readonly programmeId: string;
  readonly kind: AuditKind;
  readonly leadAuditor: { readonly id: string; readonly role: string };
  readonly auditBody: string | undefined;
}

/** The history's internal audit and its external (certification) audit. */
export const AUDITS: readonly AuditProfile[] = [
  {
    auditId: 'au-internal',
    programmeId: 'programme-internal',
    kind: 'internal',
    leadAuditor: auditor,
    auditBody: undefined,
  },
  {
    auditId: 'au-external',
    programmeId: 'programme-certification',
    kind: 'external',
    leadAuditor: { id: 'u-cb', role: 'externalAuditor' },
    auditBody: 'the certification body',
  },
];

/** The processes audited, with their owners: neither lead auditor owns one (9.2.2 c). */
const scope = [
  { process: 'access management', owner: owners[0] },
  { process: 'human resources security', owner: owners[1] },
];

const findingKinds: readonly FindingKind[] = ['conformity', 'observation', 'opportunity', 'nonconformity'];

/**
 * Records finding `findingId` of kind `kind` by the lead auditor on a process in scope. A
 * nonconformity names one of the history's nonconformities: one not raised yet is raised by the
 * audit (`audits.recordNonConformityFinding`, its source the audit); one raised already is linked.
 */
const recordFinding = async (step: MoveStep, audit: AuditProfile, findingId: string, kind: FindingKind) => {
  const { t, choice: c, at } = step;
  const { auditId, leadAuditor } = audit;
  const { process, owner } = scope[c % scope.length]!;
  const finding = { auditId, findingId, process, requirement: 'A.5.18', auditor: leadAuditor, at };
  const by = { actor: leadAuditor };
  if (kind !== 'nonconformity') {
    await t.audits.recordFinding({ ...finding, kind, description: `${kind} on ${process}` }, by)();
    return;
  }
  const nonConformityId = NONCONFORMITIES[(c >> 4) % NONCONFORMITIES.length]!;
  const nonConformity = await stateOf<NonConformity>(t.nonConformities.load(nonConformityId));
  const description = 'leavers keep their access for weeks';
  if (nonConformity.status === 'none') {
    await t.audits.recordNonConformityFinding(
      { ...finding, nonConformityId, description, severity: c % 3 === 0 ? 'major' : 'minor', owner },
      by,
    )();
  } else await t.audits.recordFinding({ ...finding, kind, description, nonConformityId }, by)();
};

/**
 * Moves an audit one command along (9.2): plan it in its programme, start it, record up to three
 * findings by an impartial auditor, report it to management and close it; or cancel it before
 * it is reported.
 */
export const moveAudit = async (step: MoveStep, audit: AuditProfile): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const { auditId, leadAuditor } = audit;
  const a = await stateOf<Audit>(t.audits.load(auditId));
  const by = { actor: ciso };
  switch (a.status) {
    case 'none':
      await t.audits.plan(
        {
          auditId,
          programmeId: audit.programmeId,
          kind: audit.kind,
          scope,
          criteria: ['ISO/IEC 27001:2022', 'information security policy v4'],
          window: { from: day(now, 7), to: day(now, 11) },
          leadAuditor,
          auditBody: audit.auditBody,
          at,
        },
        by,
      )();
      return;
    case 'planned':
      if (c % 6 === 0) await t.audits.cancel({ auditId, reason: 'moved to the next programme', at }, by)();
      else await t.audits.start({ auditId, at }, { actor: leadAuditor })();
      return;
    case 'inProgress':
      if (a.findings.length < 3 && c % 5 !== 0) {
        await recordFinding(step, audit, `${auditId}-f${a.findings.length + 1}`, findingKinds[(c >> 2) % 4]!);
      } else if (c % 13 === 0) await t.audits.cancel({ auditId, reason: 'the auditee was reorganised', at }, by)();
      else
        await t.audits.report(
          { auditId, reportReference: `report ${auditId}`, reportedOn: day(now), reportedTo: [ceo, ciso], at },
          { actor: leadAuditor },
        )();
      return;
    case 'reported':
      await t.audits.close({ auditId, at }, by)();
      return;
    default:
      return;
  }
};
