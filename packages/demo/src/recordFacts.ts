import { breaches, dayOf } from '@mgmt-review/core';
import { auditPlans } from './auditPlans.js';
import { consultationPlans } from './consultationPlans.js';
import { climateDecisionPlans, contextIssuePlans } from './contextIssuePlans.js';
import { type ImprovementPlan, improvementPlans } from './improvementPlans.js';
import { indicatorPlans } from './indicatorPlans.js';
import { plannedMeasurements } from './indicators.js';
import { interestedPartyPlans } from './interestedPartyPlans.js';
import { objectivePlans } from './objectivePlans.js';
import { demoNow } from './story.js';

const today = dayOf(demoNow);
const sorted = (ids: readonly string[]): readonly string[] => [...ids].sort();

/** Each indicator's measurements recorded by the end of the story, with the value that stands. */
const measured = indicatorPlans.flatMap((plan) =>
  plannedMeasurements(plan)
    .filter((m) => m.recordedOn <= today)
    .map((m) => ({
      plan,
      period: m.period,
      value: m.correction?.value ?? m.value,
      corrected: m.correction !== undefined,
    })),
);

/** Where an opportunity stands at the end of the story, from its plan. */
const improvementStatus = (plan: ImprovementPlan): string => {
  if (plan.closedOn !== undefined) return 'closed';
  if (plan.realised !== undefined) return 'realised';
  const last = plan.decisions?.at(-1);
  if (last !== undefined) return { adopt: 'adopted', defer: 'deferred', reject: 'rejected' }[last.outcome];
  return plan.evaluation === undefined ? 'logged' : 'evaluated';
};

const items = consultationPlans.flatMap((c) => [
  ...(c.results?.findings ?? []).map((f) => ({ consultation: c, itemId: f.findingId })),
  ...c.feedback.map((f) => ({ consultation: c, itemId: f.feedbackId })),
]);
const takenOf = (itemId: string) =>
  consultationPlans.flatMap((c) => c.takenIntoAccount).find((t) => t.itemId === itemId);
const requirements = interestedPartyPlans.flatMap((p) => p.requirements.map((r) => ({ party: p, requirement: r })));
const adopted = improvementPlans.flatMap((plan) =>
  (plan.decisions ?? []).flatMap((d) => (d.outcome === 'adopt' ? [{ plan, decision: d }] : [])),
);

/**
 * What the demo history holds of the records a review rests on (6.2, 9.1, 9.2, 4.1, 4.2, 9.3.2 c,
 * e, 10.1), derived from the story's plans; the demo's own tests check each against the history.
 */
export const recordFacts = {
  indicatorIds: indicatorPlans.map((i) => i.indicatorId),
  /** The periods measured by the end of the story, over every indicator. */
  measurements: measured.length,
  retiredIndicatorIds: sorted(indicatorPlans.filter((i) => i.retired !== undefined).map((i) => i.indicatorId)),
  /** "Security incidents per month": lower is better, trending down, one period corrected, one breach. */
  incidentIndicatorId: 'IND-01',
  /** Measurements corrected, as `<indicatorId>/<period>`. */
  correctedMeasurements: sorted(measured.filter((m) => m.corrected).map((m) => `${m.plan.indicatorId}/${m.period}`)),
  /** Values beyond their indicator's threshold, as `<indicatorId>/<period>`. */
  breaches: sorted(
    measured
      .filter((m) => breaches(m.plan.direction, m.plan.threshold, m.value))
      .map((m) => `${m.plan.indicatorId}/${m.period}`),
  ),
  objectiveIds: objectivePlans.map((o) => o.objectiveId),
  /** How each objective stands at the end: `set` (still pursued), `achieved`, `missed` or `withdrawn`. */
  objectiveStatuses: Object.fromEntries(
    objectivePlans.map((o) => [o.objectiveId, o.outcome?.kind ?? 'set']),
  ) as Readonly<Record<string, string>>,
  revisedObjectiveIds: sorted(objectivePlans.filter((o) => o.revision !== undefined).map((o) => o.objectiveId)),
  /** Objectives judged by their fulfilment criteria rather than measured. */
  notMeasurableObjectiveIds: sorted(objectivePlans.filter((o) => o.target === undefined).map((o) => o.objectiveId)),
  internalAuditIds: auditPlans.filter((a) => a.kind === 'internal').map((a) => a.auditId),
  externalAuditIds: auditPlans.filter((a) => a.kind === 'external').map((a) => a.auditId),
  /** Audits started by the end of the story (and so performed, reported and closed). */
  performedAuditIds: auditPlans.filter((a) => a.window.from <= today).map((a) => a.auditId),
  /** Audits planned whose window opens after the end of the story. */
  plannedAuditIds: auditPlans.filter((a) => a.window.from > today).map((a) => a.auditId),
  /** The audit each audit nonconformity was found in. */
  auditOfNonConformity: Object.fromEntries(
    auditPlans.flatMap((a) =>
      a.findings.flatMap((f) => (f.kind === 'nonconformity' ? [[f.nonConformityId, a.auditId] as const] : [])),
    ),
  ) as Readonly<Record<string, string>>,
  contextIssueIds: contextIssuePlans.map((c) => c.contextIssueId),
  changedContextIssueIds: sorted(
    contextIssuePlans.filter((c) => (c.changes ?? []).length > 0).map((c) => c.contextIssueId),
  ),
  retiredContextIssueIds: sorted(contextIssuePlans.filter((c) => c.retired !== undefined).map((c) => c.contextIssueId)),
  /** Whether climate change was decided relevant, by the review whose cycle the decision is for. */
  climateRelevance: Object.fromEntries(climateDecisionPlans.map((d) => [d.reviewId, d.relevant])) as Readonly<
    Record<string, boolean>
  >,
  interestedPartyIds: interestedPartyPlans.map((p) => p.interestedPartyId),
  /** The major customer's new confidentiality requirement, addressed through a policy once changed. */
  confidentialityRequirement: { interestedPartyId: 'IP-NORTHWIND', requirementId: 'REQ-NW-03' },
  climateRelatedRequirementIds: sorted(
    requirements.filter((r) => r.requirement.climateRelated === true).map((r) => r.requirement.requirementId),
  ),
  withdrawnRequirementIds: sorted(
    requirements.filter((r) => r.requirement.withdrawn !== undefined).map((r) => r.requirement.requirementId),
  ),
  consultationIds: consultationPlans.map((c) => c.consultationId),
  /** The yearly customer satisfaction surveys. */
  surveyIds: consultationPlans.filter((c) => c.channel === 'survey').map((c) => c.consultationId),
  /** Findings and feedback taken into account with a link to what they led to. */
  linkedItemIds: sorted(items.filter((i) => takenOf(i.itemId)?.links !== undefined).map((i) => i.itemId)),
  /** Findings and feedback taken into account with the reason nothing is done. */
  reasonedItemIds: sorted(items.filter((i) => takenOf(i.itemId)?.reasonNotActedOn !== undefined).map((i) => i.itemId)),
  /** Findings and feedback not yet taken into account at the end of the story. */
  pendingItemIds: sorted(items.filter((i) => takenOf(i.itemId) === undefined).map((i) => i.itemId)),
  improvementIds: improvementPlans.map((i) => i.opportunityId),
  /** Where each improvement opportunity stands at the end of the story. */
  improvementStatuses: Object.fromEntries(
    improvementPlans.map((i) => [i.opportunityId, improvementStatus(i)]),
  ) as Readonly<Record<string, string>>,
  /** "Automate certain security tasks": adopted by a review decision with its action, then realised. */
  adoptedOpportunities: adopted.map((a) => ({
    opportunityId: a.plan.opportunityId,
    reviewId: a.decision.reviewId,
    decisionId: a.decision.decisionId,
    actionIds: a.decision.actionIds,
  })),
} as const;
