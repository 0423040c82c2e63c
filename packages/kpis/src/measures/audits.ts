import { type AuditStatus, FindingKind } from '@mgmt-review/core';
import type { KpiState } from '../state.js';
import { enteredIn, statusAt } from './dated.js';
import { count, type Measures, meanOf, percent, type Span, within } from './measured.js';

/** The kinds a breakdown of findings lists, taken from the domain's codec. */
const findingKinds = Object.keys(FindingKind.keys) as readonly FindingKind[];

/** The statuses of an audit that has been performed: started, and not cancelled since. */
const performed: ReadonlySet<AuditStatus | undefined> = new Set<AuditStatus>(['inProgress', 'reported', 'closed']);

/**
 * Audits planned (window ending in the period) and, of them, performed by period end; the findings
 * of the audits reported in the period, per audit and by kind. A finding of conformity raises
 * nothing to act on: it is listed by kind but not counted among an audit's findings.
 */
export const auditMeasures = (state: KpiState, span: Span): Measures => {
  let planned = 0;
  let performedByEnd = 0;
  const byKind: Record<string, number> = Object.fromEntries(findingKinds.map((k) => [k, 0]));
  const byAudit: Record<string, number> = {};
  const totals: number[] = [];
  const nonconformities: number[] = [];
  for (const [auditId, audit] of state.audits) {
    if (within(audit.plannedBy, span)) {
      planned += 1;
      if (performed.has(statusAt(audit.statuses, span.end))) performedByEnd += 1;
    }
    if (!enteredIn(audit.statuses, 'reported', span)) continue;
    let raised = 0;
    let ncs = 0;
    for (const finding of audit.findings) {
      byKind[finding.value]! += 1;
      if (finding.value !== 'conformity') raised += 1;
      if (finding.value === 'nonconformity') ncs += 1;
    }
    byAudit[auditId] = raised;
    totals.push(raised);
    nonconformities.push(ncs);
  }
  return {
    auditsPlanned: count(planned),
    auditsPerformed: count(performedByEnd),
    auditProgrammeAdherence: { value: percent(performedByEnd, planned) },
    findingsPerAudit: { value: meanOf(totals), breakdown: { byKind, byAudit } },
    nonconformitiesPerAudit: { value: meanOf(nonconformities) },
  };
};
