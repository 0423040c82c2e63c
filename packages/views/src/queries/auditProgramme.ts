import { type AuditKind, type AuditStatus, daysBetween, type FindingKind } from '@mgmt-review/core';
import type { AuditRecord, FindingRecord } from '../performanceRecords.js';
import type { NonConformityRecord, ViewsState } from '../state.js';
import { dayOfNow } from '../time.js';
import { compareText } from './order.js';

/** How many findings of each kind (9.2): conformity, nonconformity, observation, opportunity for improvement. */
export type FindingsByKind = Readonly<Record<FindingKind, number>>;

/** Whether an audit was performed: not (yet), in its planned window (or before it), or after it. */
export type AuditPerformance = 'notPerformed' | 'inWindow' | 'late';

/** A finding as the programme lists it (a copy of its record). */
export type FindingRow = FindingRecord;

/** One audit of a programme (9.2.2), on the day asked about. */
export interface AuditRow {
  readonly auditId: string;
  readonly programmeId: string;
  readonly kind: AuditKind;
  /** Who performs an external audit. */
  readonly auditBody: string | undefined;
  readonly status: AuditStatus;
  /** 9.2.2 b: the processes audited, each with its owner, and the criteria. */
  readonly scope: readonly { readonly process: string; readonly ownerId: string }[];
  readonly criteria: readonly string[];
  readonly window: { readonly from: string; readonly to: string };
  readonly leadAuditorId: string;
  readonly plannedOn: string;
  readonly startedOn: string | undefined;
  /** Performed = started, reported or closed; a cancelled audit is planned, not performed. */
  readonly performance: AuditPerformance;
  /** 9.2.2 d: the report, with its reference and date. */
  readonly report:
    | {
        readonly reference: string;
        readonly reportedOn: string;
        readonly reportedTo: readonly string[];
        readonly reportedBy: string;
      }
    | undefined;
  readonly closedOn: string | undefined;
  readonly cancelledOn: string | undefined;
  readonly cancelReason: string | undefined;
  /** In the order recorded. */
  readonly findings: readonly FindingRow[];
  readonly findingsByKind: FindingsByKind;
  /** The nonconformities its findings raised and those that name it as the audit that found them, by id. */
  readonly nonConformityIds: readonly string[];
  /** Still planned (not started, not cancelled) after its window ended. */
  readonly overdue: boolean;
  readonly daysOverdue: number;
}

/** Planned against performed, for the audits whose window begins in one year. */
export interface ProgrammeYear {
  readonly year: string;
  readonly planned: number;
  readonly performed: number;
  readonly performedInWindow: number;
  readonly performedLate: number;
  readonly cancelled: number;
  /** Planned, not started and not cancelled (overdue ones included). */
  readonly notYetPerformed: number;
  readonly overdue: number;
  readonly findingsByKind: FindingsByKind;
}

/** The audit programme on the day asked about. */
export interface AuditProgramme {
  /** Earliest window first (then id). */
  readonly audits: readonly AuditRow[];
  /** By year of the planned window, earliest first. */
  readonly years: readonly ProgrammeYear[];
  /** Audits still planned after their window ended, most overdue first. */
  readonly overdue: readonly AuditRow[];
  readonly findingsByKind: FindingsByKind;
}

export interface AuditProgrammeQuery {
  /** The day (or instant) the programme is read on: overdue audits are relative to it. */
  readonly now: string;
  /** One programme; every programme when left out. */
  readonly programmeId?: string;
  readonly kind?: AuditKind;
  /** Only audits whose planned window begins in this year (`2026`). */
  readonly year?: string;
}

const noFindings = (): Record<FindingKind, number> => ({
  conformity: 0,
  nonconformity: 0,
  observation: 0,
  opportunity: 0,
});

const performanceOf = (a: AuditRecord): AuditPerformance => {
  if (a.startedOn === undefined || a.status === 'cancelled') return 'notPerformed';
  return a.startedOn <= a.window.to ? 'inWindow' : 'late';
};

/** The nonconformities linked to an audit: raised for its findings, or naming it, without repeats. */
const nonConformityIdsOf = (a: AuditRecord, byAudit: ReadonlyMap<string, readonly string[]>): string[] => {
  const ids = new Set<string>();
  for (const f of a.findings) if (f.nonConformityId !== undefined) ids.add(f.nonConformityId);
  for (const id of byAudit.get(a.auditId) ?? []) ids.add(id);
  return [...ids].sort(compareText);
};

/** One audit record as a read-only row on `today`. */
export const auditRowOf = (
  a: AuditRecord,
  nonConformitiesByAudit: ReadonlyMap<string, readonly string[]>,
  today: string,
): AuditRow => {
  const findingsByKind = noFindings();
  for (const f of a.findings) findingsByKind[f.kind] += 1;
  const overdue = a.status === 'planned' && a.window.to < today;
  return {
    auditId: a.auditId,
    programmeId: a.programmeId,
    kind: a.kind,
    auditBody: a.auditBody,
    status: a.status,
    scope: a.scope.map((p) => ({ process: p.process, ownerId: p.ownerId })),
    criteria: a.criteria.slice(),
    window: { from: a.window.from, to: a.window.to },
    leadAuditorId: a.leadAuditorId,
    plannedOn: a.plannedOn,
    startedOn: a.startedOn,
    performance: performanceOf(a),
    report:
      a.report === undefined
        ? undefined
        : {
            reference: a.report.reference,
            reportedOn: a.report.reportedOn,
            reportedTo: a.report.reportedTo.slice(),
            reportedBy: a.report.reportedBy,
          },
    closedOn: a.closedOn,
    cancelledOn: a.cancelledOn,
    cancelReason: a.cancelReason,
    findings: a.findings.map((f) => ({
      findingId: f.findingId,
      kind: f.kind,
      process: f.process,
      requirement: f.requirement,
      description: f.description,
      auditorId: f.auditorId,
      nonConformityId: f.nonConformityId,
      recordedOn: f.recordedOn,
    })),
    findingsByKind,
    nonConformityIds: nonConformityIdsOf(a, nonConformitiesByAudit),
    overdue,
    daysOverdue: overdue ? daysBetween(a.window.to, today) : 0,
  };
};

/** The nonconformities that name the audit that found them, by audit id. */
const nonConformitiesByAuditOf = (nonConformities: ReadonlyMap<string, NonConformityRecord>) => {
  const byAudit = new Map<string, string[]>();
  for (const n of nonConformities.values()) {
    if (n.auditId === undefined) continue;
    const ids = byAudit.get(n.auditId);
    if (ids === undefined) byAudit.set(n.auditId, [n.nonConformityId]);
    else ids.push(n.nonConformityId);
  }
  return byAudit;
};

const addFindings = (total: Record<FindingKind, number>, some: FindingsByKind): void => {
  for (const kind of Object.keys(total) as FindingKind[]) total[kind] += some[kind];
};

const yearsOf = (rows: readonly AuditRow[]): ProgrammeYear[] => {
  const years = new Map<string, AuditRow[]>();
  for (const row of rows) {
    const year = row.window.from.slice(0, 4);
    const list = years.get(year);
    if (list === undefined) years.set(year, [row]);
    else list.push(row);
  }
  return [...years.keys()].sort(compareText).map((year) => {
    const audits = years.get(year) ?? [];
    const count = (keep: (row: AuditRow) => boolean) => audits.filter(keep).length;
    const findingsByKind = noFindings();
    for (const row of audits) addFindings(findingsByKind, row.findingsByKind);
    return {
      year,
      planned: audits.length,
      performed: count((r) => r.performance !== 'notPerformed'),
      performedInWindow: count((r) => r.performance === 'inWindow'),
      performedLate: count((r) => r.performance === 'late'),
      cancelled: count((r) => r.status === 'cancelled'),
      notYetPerformed: count((r) => r.status === 'planned'),
      overdue: count((r) => r.overdue),
      findingsByKind,
    };
  });
};

/**
 * The audit programme (9.2.2, input 9.3.2 d3) on the day `now`: each audit with its findings by
 * kind and the nonconformities it raised or that name it, planned against performed per year, and
 * the planned audits overdue.
 */
export const auditProgramme = (state: ViewsState, query: AuditProgrammeQuery): AuditProgramme => {
  const today = dayOfNow(query.now);
  const byAudit = nonConformitiesByAuditOf(state.nonConformities);
  const audits: AuditRow[] = [];
  for (const a of state.audits.values()) {
    if (query.programmeId !== undefined && a.programmeId !== query.programmeId) continue;
    if (query.kind !== undefined && a.kind !== query.kind) continue;
    if (query.year !== undefined && !a.window.from.startsWith(query.year)) continue;
    audits.push(auditRowOf(a, byAudit, today));
  }
  audits.sort((x, y) =>
    x.window.from === y.window.from ? compareText(x.auditId, y.auditId) : compareText(x.window.from, y.window.from),
  );
  const findingsByKind = noFindings();
  for (const row of audits) addFindings(findingsByKind, row.findingsByKind);
  return {
    audits,
    years: yearsOf(audits),
    overdue: audits
      .filter((r) => r.overdue)
      .sort((x, y) =>
        x.daysOverdue === y.daysOverdue ? compareText(x.auditId, y.auditId) : y.daysOverdue - x.daysOverdue,
      ),
    findingsByKind,
  };
};
