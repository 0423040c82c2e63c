import { type AuditEvent, auditLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, AuditRecord } from './state.js';

const statusAfter = recordedStatus(auditLifecycle, 'none');

/** The findings and the report each event records, beyond the status. */
const record = (audit: AuditRecord, event: RecordedEvent<AuditEvent>, evidence: Evidence): void => {
  switch (event.type) {
    case 'AuditFindingRecorded':
      audit.findings.push({
        findingId: event.data.findingId,
        kind: event.data.kind,
        requirement: event.data.requirement,
        nonConformityId: event.data.nonConformityId,
        evidence,
      });
      return;
    case 'AuditReported':
      audit.report = { reference: event.data.reportReference, reportedOn: event.data.reportedOn, evidence };
      return;
    default:
      return;
  }
};

/**
 * Folds one audit event into the auditor's state (in place). The status comes from the audit's
 * life cycle (nothing an audit records lapses); the auditor adds the evidence of its findings and
 * report.
 */
export const applyAuditEvent = (state: AuditorState, event: RecordedEvent<AuditEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'AuditPlanned') {
    const d = event.data;
    state.audits.set(d.auditId, {
      auditId: d.auditId,
      programmeId: d.programmeId,
      kind: d.kind,
      window: d.window,
      planned: evidence,
      status: statusAfter(auditLifecycle.initial, event),
      findings: [],
      report: undefined,
    });
    return;
  }
  const audit = state.audits.get(event.data.auditId);
  if (audit === undefined) return;
  record(audit, event, evidence);
  audit.status = statusAfter(audit.status, event);
};
