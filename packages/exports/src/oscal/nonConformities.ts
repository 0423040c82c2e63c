import { type NonConformityRow, nonConformityRegister } from '@mgmt-review/views';
import { type AuditOrigin, auditOriginsOf } from './auditOrigins.js';
import type { OscalFinding, OscalPoamItem, OscalRisk } from './poamModel.js';
import { remediationsOf } from './remediations.js';
import { type PoamContext, prop, requirementToken, uuidOf } from './vocabulary.js';

/**
 * The risk a nonconformity stands for, the one its corrective actions remediate (OSCAL keeps
 * remediations on risks): closed once the nonconformity is; remediating while corrective actions
 * are planned; else open.
 */
const riskOf = (context: PoamContext, n: NonConformityRow): OscalRisk => {
  const remediations = remediationsOf(
    context,
    `nonconformity:${n.nonConformityId}`,
    n.linkedActions.map((a) => a.actionId),
  );
  return {
    uuid: uuidOf(context, 'nonconformity-risk', n.nonConformityId),
    title: `${n.nonConformityId}: nonconformity with ${n.requirement}`,
    description: `A ${n.severity} nonconformity with ${n.requirement}, from ${n.source} ${n.sourceReference}.`,
    statement: `ISO/IEC 27001:2022 10.2: step ${n.step} since ${n.stepSince}; owner ${n.ownerId}.`,
    props: [prop('nonconformity-id', n.nonConformityId), prop('step', n.step), prop('severity', n.severity)],
    status: n.status === 'closed' ? 'closed' : n.steps.correctiveAction === 'planned' ? 'remediating' : 'open',
    ...(remediations.length === 0 ? {} : { remediations }),
  };
};

/**
 * A nonconformity as a finding on its requirement: not satisfied until the nonconformity is closed.
 * One raised for an audit's finding names that audit and finding (props `audit-id`, `audit-finding-id`).
 */
const findingOf = (
  context: PoamContext,
  n: NonConformityRow,
  risk: OscalRisk,
  audit: AuditOrigin | undefined,
): OscalFinding => ({
  uuid: uuidOf(context, 'finding', n.nonConformityId),
  title: risk.title,
  description: risk.description,
  props: [
    prop('nonconformity-id', n.nonConformityId),
    prop('raised-on', n.raisedOn),
    prop('reopened', n.reopened),
    ...(audit === undefined ? [] : [prop('audit-id', audit.auditId), prop('audit-finding-id', audit.findingId)]),
  ],
  target: {
    type: 'statement-id',
    'target-id': requirementToken(n.requirement),
    title: n.requirement,
    status: { state: n.status === 'closed' ? 'satisfied' : 'not-satisfied' },
  },
  'related-risks': [{ 'risk-uuid': risk.uuid }],
});

/** Every nonconformity of the register: a finding, the risk its corrective actions remediate, and a POA&M item. */
export const poamNonConformities = (
  context: PoamContext,
): { findings: OscalFinding[]; risks: OscalRisk[]; items: OscalPoamItem[] } => {
  const findings: OscalFinding[] = [];
  const risks: OscalRisk[] = [];
  const items: OscalPoamItem[] = [];
  const auditOrigins = auditOriginsOf(context);
  for (const n of nonConformityRegister(context.views, { now: context.now })) {
    const risk = riskOf(context, n);
    const finding = findingOf(context, n, risk, auditOrigins.get(n.nonConformityId));
    risks.push(risk);
    findings.push(finding);
    items.push({
      uuid: uuidOf(context, 'poam-item', `nonconformity:${n.nonConformityId}`),
      title: risk.title,
      description: `Nonconformity ${n.nonConformityId} (ISO/IEC 27001:2022 10.2), ${n.status}.`,
      props: [prop('nonconformity-id', n.nonConformityId), prop('severity', n.severity)],
      'related-findings': [{ 'finding-uuid': finding.uuid }],
      'related-risks': [{ 'risk-uuid': risk.uuid }],
    });
  }
  return { findings, risks, items };
};
