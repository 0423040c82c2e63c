import type { Person } from '../shared/codecs.js';
import type { AuditEvent, AuditedProcess, AuditKind, AuditWindow, FindingKind } from './events.js';
import { type AuditStatus, auditLifecycle } from './lifecycle.js';

/** A finding as the audit's decider keeps it. */
export interface Finding {
  readonly findingId: string;
  readonly kind: FindingKind;
  readonly process: string;
  readonly auditorId: string;
  readonly nonConformityId: string | undefined;
}

/** An audit as its decider sees it. */
export interface Audit {
  readonly status: AuditStatus;
  readonly auditId: string;
  readonly programmeId: string;
  readonly kind: AuditKind;
  readonly scope: readonly AuditedProcess[];
  readonly leadAuditor: Person | undefined;
  readonly window: AuditWindow | undefined;
  /** The business time it started. */
  readonly startedAt: string | undefined;
  readonly findings: readonly Finding[];
  readonly lastAt: string | undefined;
}

export const initialAuditState: Audit = {
  status: auditLifecycle.initial,
  auditId: '',
  programmeId: '',
  kind: 'internal',
  scope: [],
  leadAuditor: undefined,
  window: undefined,
  startedAt: undefined,
  findings: [],
  lastAt: undefined,
};

/** What each event records, beyond the status. */
const recorded = (s: Audit, event: AuditEvent): Audit => {
  switch (event.type) {
    case 'AuditPlanned': {
      const d = event.data;
      return {
        ...initialAuditState,
        auditId: d.auditId,
        programmeId: d.programmeId,
        kind: d.kind,
        scope: d.scope,
        leadAuditor: d.leadAuditor,
        window: d.window,
      };
    }
    case 'AuditStarted':
      return { ...s, startedAt: event.data.at };
    case 'AuditFindingRecorded': {
      const d = event.data;
      const finding: Finding = {
        findingId: d.findingId,
        kind: d.kind,
        process: d.process,
        auditorId: d.auditor.id,
        nonConformityId: d.nonConformityId,
      };
      return { ...s, findings: s.findings.concat(finding) };
    }
    case 'AuditReported':
    case 'AuditClosed':
    case 'AuditCancelled':
      return s;
  }
};

/** Applies one event of the audit's history. */
export const evolveAudit = (state: Audit, event: AuditEvent): Audit => ({
  ...recorded(state, event),
  status: auditLifecycle.statusAfter(state.status, event),
  lastAt: event.data.at,
});

/** The owner of a process in the audit's scope, or `undefined` for a process outside it. */
export const ownerOfProcess = (audit: Pick<Audit, 'scope'>, process: string): Person | undefined =>
  audit.scope.find((p) => p.process === process)?.owner;
