import { type RiskRow, riskRegister } from '@mgmt-review/views';
import type { OscalCharacterization, OscalPoamItem, OscalRisk, OscalRiskStatus } from './poamModel.js';
import { remediationsOf } from './remediations.js';
import { endOfDay, MGMT_REVIEW_NS, type PoamContext, partyOf, prop, startOfDay, uuidOf } from './vocabulary.js';

/** Retired: closed. Accepted, the acceptance in force: deviation-approved (6.1.3 f). Anything else: open. */
const statusOf = (r: RiskRow): OscalRiskStatus =>
  r.stage === 'retired'
    ? 'closed'
    : r.stage === 'accepted' && r.acceptance !== undefined && !r.acceptance.expired
      ? 'deviation-approved'
      : 'open';

/** One assessment's likelihood, impact and level (score out of the scale's highest), from the owner. */
const characterization = (
  context: PoamContext,
  r: RiskRow,
  assessment: 'inherent' | 'residual',
): OscalCharacterization[] => {
  const level = r[assessment];
  if (level === undefined) return [];
  const facet = (name: string, value: number) => ({ name, system: MGMT_REVIEW_NS, value: String(value) });
  return [
    {
      props: [prop('assessment', assessment), prop('max-score', level.maxScore)],
      origin: { actors: [{ type: 'party', 'actor-uuid': partyOf(context, r.ownerId) }] },
      facets: [facet('likelihood', level.likelihood), facet('impact', level.impact), facet('level', level.score)],
    },
  ];
};

/** A risk of the register as an OSCAL risk; its accepted residual as a deviation with the acceptance as deadline. */
const riskOf = (context: PoamContext, r: RiskRow): OscalRisk => {
  const acceptance = r.acceptance;
  const status = statusOf(r);
  const remediations = remediationsOf(context, `risk:${r.riskId}`, r.actionIds);
  const characterizations = [...characterization(context, r, 'inherent'), ...characterization(context, r, 'residual')];
  return {
    uuid: uuidOf(context, 'risk', r.riskId),
    title: `${r.riskId}: ${r.scenario}`,
    description: r.scenario,
    statement: `Asset ${r.asset}; confidentiality ${r.cia.confidentiality}, integrity ${r.cia.integrity}, availability ${r.cia.availability}; stage ${r.stage}; appetite ${r.appetite}.`,
    props: [
      prop('risk-id', r.riskId),
      prop('stage', r.stage),
      prop('owner-id', r.ownerId),
      prop('appetite', r.appetite),
      ...(r.treatment === undefined ? [] : [prop('treatment', r.treatment)]),
      ...(acceptance?.expired === true ? [prop('acceptance-expired', acceptance.expiresOn)] : []),
    ],
    status,
    ...(characterizations.length === 0 ? {} : { characterizations }),
    ...(acceptance === undefined || status !== 'deviation-approved'
      ? {}
      : { deadline: endOfDay(acceptance.expiresOn) }),
    ...(remediations.length === 0 ? {} : { remediations }),
    ...(acceptance === undefined
      ? {}
      : {
          'risk-log': {
            entries: [
              {
                uuid: uuidOf(context, 'risk-log', `${r.riskId}/acceptance/${acceptance.acceptedOn}`),
                title: 'Residual risk accepted by the risk owner (ISO/IEC 27001:2022 6.1.3 f)',
                description: [
                  `Accepted by ${acceptance.acceptedBy} on ${acceptance.acceptedOn}, until ${acceptance.expiresOn}.`,
                  ...(acceptance.exceptionJustification === undefined
                    ? []
                    : [`Above appetite, as an exception: ${acceptance.exceptionJustification}`]),
                ].join(' '),
                start: startOfDay(acceptance.acceptedOn),
                'logged-by': [{ 'party-uuid': partyOf(context, acceptance.acceptedBy) }],
                'status-change': 'deviation-approved',
              },
            ],
          },
        }),
  };
};

/** Every risk of the register (the retired ones closed), each with its POA&M item. */
export const poamRisks = (context: PoamContext): { risks: OscalRisk[]; items: OscalPoamItem[] } => {
  const risks: OscalRisk[] = [];
  const items: OscalPoamItem[] = [];
  for (const r of riskRegister(context.views, { now: context.now, includeRetired: true })) {
    const risk = riskOf(context, r);
    risks.push(risk);
    items.push({
      uuid: uuidOf(context, 'poam-item', `risk:${r.riskId}`),
      title: risk.title,
      description: `Risk ${r.riskId} (ISO/IEC 27001:2022 6.1.2, 6.1.3): ${r.scenario}`,
      props: [prop('risk-id', r.riskId)],
      'related-risks': [{ 'risk-uuid': risk.uuid }],
    });
  }
  return { risks, items };
};
