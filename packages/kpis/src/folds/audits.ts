import { type AuditEvent, auditLifecycle } from '@mgmt-review/core';
import type { KpiAuditRecord, KpiState } from '../state.js';
import { advanceStatus } from './statuses.js';

/**
 * Folds one audit event into the KPI facts, in place: the last day of its planned window, each
 * status its life cycle gives (started, reported, closed, cancelled) and the kind of each finding.
 * Nothing an audit records lapses.
 */
export const applyAudit = (state: KpiState, event: AuditEvent, day: string): void => {
  if (event.type === 'AuditPlanned') {
    const record: KpiAuditRecord = {
      programmeId: event.data.programmeId,
      plannedBy: event.data.window.to,
      statuses: [],
      findings: [],
    };
    advanceStatus(record.statuses, auditLifecycle, event, day);
    state.audits.set(event.data.auditId, record);
    return;
  }
  const audit = state.audits.get(event.data.auditId);
  if (audit === undefined) return;
  if (event.type === 'AuditFindingRecorded') audit.findings.push({ day, value: event.data.kind });
  advanceStatus(audit.statuses, auditLifecycle, event, day);
};
