import { addDays } from '@mgmt-review/core';
import type { Actor } from '@mgmt-review/eventsourcing';
import { type AuditorKey, type AuditPlan, certificationAuditor } from './auditPlans.js';
import type { NonConformityPlan } from './nonConformityPlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/** The person an auditor key names. */
const auditorOf = (key: AuditorKey): Actor => (key === 'certificationBody' ? certificationAuditor : people[key]);

/** The audit a nonconformity was found in: what its raise records as the audit's finding. */
export interface AuditFindingOfNonConformity {
  readonly auditId: string;
  readonly findingId: string;
  readonly process: string;
  readonly auditor: Actor;
  /** Who records the finding (and so raises the nonconformity): not the owner of its process. */
  readonly recordedBy: Actor;
}

const sourceOfKind = { internal: 'internalAudit', external: 'externalAudit' } as const;

/**
 * The audit finding of each nonconformity an audit of `audits` found, by nonconformity id. Throws
 * if a finding names a nonconformity the story does not have, or one whose source is not that kind
 * of audit: a mistake in the story.
 */
export const auditFindingsOfNonConformities = (
  audits: readonly AuditPlan[],
  nonConformities: readonly NonConformityPlan[],
): ReadonlyMap<string, AuditFindingOfNonConformity> => {
  const found = new Map<string, AuditFindingOfNonConformity>();
  for (const audit of audits) {
    for (const finding of audit.findings) {
      if (finding.kind !== 'nonconformity') continue;
      const nc = nonConformities.find((n) => n.nonConformityId === finding.nonConformityId);
      if (nc === undefined || nc.source !== sourceOfKind[audit.kind]) {
        throw new Error(
          `${finding.findingId} names ${finding.nonConformityId}, not a nonconformity of an ${audit.kind} audit`,
        );
      }
      found.set(finding.nonConformityId, {
        auditId: audit.auditId,
        findingId: finding.findingId,
        process: finding.process,
        auditor: auditorOf(audit.leadAuditor),
        recordedBy: people[finding.recordedBy ?? audit.recordedBy],
      });
    }
  }
  return found;
};

/**
 * The steps of one audit: planned; started on the first day of its window; its findings other
 * than nonconformities recorded (a nonconformity finding is written with its nonconformity's
 * raise, see `nonConformitySteps`); reported five days after the window; closed ten days later.
 */
export const auditSteps = (plan: AuditPlan): readonly Step[] => {
  const auditId = plan.auditId;
  const actor = people[plan.recordedBy];
  const auditor = auditorOf(plan.leadAuditor);
  const audit = recordSteps(auditId);
  audit.add(plan.plannedOn, '09:30', 'plan', actor, (t, o, at) =>
    t.audits.plan(
      {
        auditId,
        programmeId: plan.programmeId,
        kind: plan.kind,
        scope: plan.scope.map((s) => ({ process: s.process, owner: people[s.owner] })),
        criteria: [...plan.criteria],
        window: plan.window,
        leadAuditor: auditor,
        auditBody: plan.auditBody,
        at,
      },
      o,
    ),
  );
  audit.add(plan.window.from, '09:00', 'start', actor, (t, o, at) => t.audits.start({ auditId, at }, o));
  for (const finding of plan.findings) {
    if (finding.kind === 'nonconformity') continue;
    const { on, ...recorded } = finding;
    audit.add(on, '15:00', `finding-${finding.findingId}`, actor, (t, o, at) =>
      t.audits.recordFinding({ auditId, ...recorded, auditor, at }, o),
    );
  }
  const reportedOn = addDays(plan.window.to, 5);
  audit.add(reportedOn, '16:00', 'report', actor, (t, o, at) =>
    t.audits.report(
      {
        auditId,
        reportReference: `dms://audits/${auditId}/report`,
        reportedOn,
        reportedTo: [people.ceo, people.ciso],
        at,
      },
      o,
    ),
  );
  audit.add(addDays(reportedOn, 10), '10:00', 'close', actor, (t, o, at) => t.audits.close({ auditId, at }, o));
  return audit.steps;
};
