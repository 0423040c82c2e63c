import { type ExportState, positionOf, tenantOf } from '../exportState.js';
import { poamNonConformities } from './nonConformities.js';
import { poamObservations } from './observations.js';
import type { OscalPoamDocument } from './poamModel.js';
import { poamRisks } from './risks.js';
import { instantOf, type PoamContext, prop, uuidOf } from './vocabulary.js';

/** The OSCAL version the POA&M is written for. */
export const OSCAL_VERSION = '1.1.2';

/** What a POA&M export is made with. */
export interface OscalPoamOptions {
  readonly tenantId: string;
  /** The moment the export stands for (`last-modified`, and the day the registers are read on). */
  readonly now: string;
}

/** A POA&M needs at least one item (OSCAL: `poam-items` has at least one entry). */
export class EmptyPoam extends Error {
  constructor(tenantId: string) {
    super(`tenant ${tenantId} has no nonconformity and no risk as of this moment: a POA&M needs at least one item`);
    this.name = 'EmptyPoam';
  }
}

/**
 * The tenant's plan of action and milestones as of the state's moment, as OSCAL 1.1.2 JSON:
 * nonconformities as findings and POA&M items, actions as remediations with milestones, risks as
 * risks with their characterizations, review input evidence as observations. Every UUID is v5 of
 * the tenant and the item's id, so an item keeps it across exports; the document's own UUID and
 * `version` follow the history position it was made from. Throws `EmptyPoam` when there is
 * nothing to plan.
 */
export const toOscalPoam = (state: ExportState, options: OscalPoamOptions): OscalPoamDocument => {
  const context: PoamContext = {
    tenantId: tenantOf(state, options.tenantId),
    views: state.views,
    now: options.now,
    people: new Set(),
  };
  const position = positionOf(state);
  const nonConformities = poamNonConformities(context);
  const risks = poamRisks(context);
  const observations = poamObservations(context, state.details.evidence);
  const items = [...nonConformities.items, ...risks.items];
  if (items.length === 0) throw new EmptyPoam(options.tenantId);
  const parties = [...context.people].sort().map((personId) => ({
    uuid: uuidOf(context, 'party', personId),
    type: 'person' as const,
    props: [prop('user-id', personId)],
  }));
  const allRisks = [...nonConformities.risks, ...risks.risks];
  return {
    'plan-of-action-and-milestones': {
      uuid: uuidOf(context, 'poam', position),
      metadata: {
        title: `Plan of action and milestones of ${options.tenantId}`,
        'last-modified': instantOf(options.now),
        version: position,
        'oscal-version': OSCAL_VERSION,
        props: [prop('tenant-id', options.tenantId), prop('history-position', position)],
        ...(parties.length === 0 ? {} : { parties }),
      },
      'system-id': { 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: uuidOf(context, 'system', 'isms') },
      ...(observations.length === 0 ? {} : { observations }),
      ...(allRisks.length === 0 ? {} : { risks: allRisks }),
      ...(nonConformities.findings.length === 0 ? {} : { findings: nonConformities.findings }),
      'poam-items': items,
    },
  };
};

/**
 * The same plan for tools that read OSCAL 1.0.6: 1.0.6 has no root `findings` and no
 * `related-findings` on POA&M items, so both are left out (each nonconformity keeps its POA&M item
 * and its risk, which carry the nonconformity id), and `oscal-version` says 1.0.6.
 */
export const toOscal106 = (document: OscalPoamDocument): OscalPoamDocument => {
  const { findings: _findings, ...plan } = document['plan-of-action-and-milestones'];
  return {
    'plan-of-action-and-milestones': {
      ...plan,
      metadata: { ...plan.metadata, 'oscal-version': '1.0.6' },
      'poam-items': plan['poam-items'].map(({ 'related-findings': _related, ...item }) => item),
    },
  };
};
