import { Id, IsoDate, IsoDateTime, nonEmptyArray, Person, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { auditFindingFields, auditFindingOptions, auditPlanFields, auditPlanOptions, auditTexts } from './events.js';

/** The commands of an audit (9.2). Each carries the audit id and `at` (ISO-8601). */
export const auditCommandCodecs = {
  PlanAudit: structWith(auditPlanFields, auditPlanOptions),
  StartAudit: struct({ auditId: Id, at: IsoDateTime }),
  /** A finding of kind `nonconformity` names its NonConformity (`nonConformityId`); no other kind does. */
  RecordAuditFinding: structWith(auditFindingFields, auditFindingOptions),
  ReportAudit: struct({
    auditId: Id,
    reportReference: auditTexts.reportReference,
    reportedOn: IsoDate,
    reportedTo: nonEmptyArray(Person),
    at: IsoDateTime,
  }),
  CloseAudit: struct({ auditId: Id, at: IsoDateTime }),
  CancelAudit: struct({ auditId: Id, reason: auditTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to an audit. */
export type AuditCommand = CommandOf<typeof auditCommandCodecs>;
export type AuditCommandData<K extends AuditCommand['type']> = Extract<AuditCommand, { type: K }>['data'];
