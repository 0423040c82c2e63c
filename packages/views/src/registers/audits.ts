import { type AuditEvent, auditLifecycle, dayOf } from '@mgmt-review/core';
import type { AuditRecord } from '../performanceRecords.js';

const newAudit = (event: Extract<AuditEvent, { type: 'AuditPlanned' }>, day: string): AuditRecord => {
  const d = event.data;
  return {
    auditId: d.auditId,
    programmeId: d.programmeId,
    status: auditLifecycle.statusAfter(auditLifecycle.initial, event),
    kind: d.kind,
    auditBody: d.auditBody,
    scope: d.scope.map((p) => ({ process: p.process, ownerId: p.owner.id })),
    criteria: d.criteria.slice(),
    window: { from: d.window.from, to: d.window.to },
    leadAuditorId: d.leadAuditor.id,
    plannedOn: day,
    startedOn: undefined,
    findings: [],
    report: undefined,
    closedOn: undefined,
    cancelledOn: undefined,
    cancelReason: undefined,
    lastActivityOn: day,
  };
};

/** What the programme records of each event beyond the status (nothing an audit records lapses). */
const record = (a: AuditRecord, event: AuditEvent, day: string): void => {
  switch (event.type) {
    case 'AuditStarted':
      a.startedOn = day;
      return;
    case 'AuditFindingRecorded': {
      const d = event.data;
      a.findings.push({
        findingId: d.findingId,
        kind: d.kind,
        process: d.process,
        requirement: d.requirement,
        description: d.description,
        auditorId: d.auditor.id,
        nonConformityId: d.nonConformityId,
        recordedOn: day,
      });
      return;
    }
    case 'AuditReported': {
      const d = event.data;
      a.report = {
        reference: d.reportReference,
        reportedOn: d.reportedOn,
        reportedTo: d.reportedTo.map((p) => p.id),
        reportedBy: d.reportedBy,
      };
      return;
    }
    case 'AuditClosed':
      a.closedOn = day;
      return;
    case 'AuditCancelled':
      a.cancelledOn = day;
      a.cancelReason = event.data.reason;
      return;
    default:
      return;
  }
};

/**
 * Folds one audit event into the audit records, in place. The status comes from core's
 * `auditLifecycle`, which lets nothing lapse (its fact type is `never`, so a fact added there must be
 * mapped here); the programme adds the plan, the days, the findings and the report.
 */
export const applyAuditEvent = (audits: Map<string, AuditRecord>, event: AuditEvent): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'AuditPlanned') {
    audits.set(event.data.auditId, newAudit(event, day));
    return;
  }
  const a = audits.get(event.data.auditId);
  if (a === undefined) return;
  a.lastActivityOn = day;
  record(a, event, day);
  a.status = auditLifecycle.statusAfter(a.status, event);
};
