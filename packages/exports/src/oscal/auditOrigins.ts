import { auditProgramme } from '@mgmt-review/views';
import type { PoamContext } from './vocabulary.js';

/** The audit finding (9.2) a nonconformity was raised for. */
export interface AuditOrigin {
  readonly auditId: string;
  readonly findingId: string;
}

/** For each nonconformity raised for an audit's nonconformity finding, that audit and finding, by nonconformity id. */
export const auditOriginsOf = (context: PoamContext): ReadonlyMap<string, AuditOrigin> =>
  new Map(
    auditProgramme(context.views, { now: context.now }).audits.flatMap((audit) =>
      audit.findings.flatMap((finding) =>
        finding.nonConformityId === undefined
          ? []
          : [[finding.nonConformityId, { auditId: audit.auditId, findingId: finding.findingId }] as const],
      ),
    ),
  );
