import type { ViewsState } from '@mgmt-review/views';
import { stableUuid } from '../stableIds.js';
import type { OscalProp } from './poamModel.js';

/** The namespace of every property and facet the export defines (OSCAL: a URI). */
export const MGMT_REVIEW_NS = 'urn:mgmt-review:oscal';

/** What every part of the POA&M is built with. */
export interface PoamContext {
  readonly tenantId: string;
  readonly views: ViewsState;
  /** The day the registers are read on. */
  readonly now: string;
  /** The people the document refers to, collected as it is built; each becomes a party. */
  readonly people: Set<string>;
}

/** The stable UUID of one item of the document. */
export const uuidOf = (context: PoamContext, kind: string, id: string): string =>
  stableUuid(context.tenantId, kind, id);

/** The party of a person, noted so the metadata lists it. */
export const partyOf = (context: PoamContext, personId: string): string => {
  context.people.add(personId);
  return uuidOf(context, 'party', personId);
};

/** A property in the export's namespace; OSCAL values have no leading or trailing whitespace. */
export const prop = (name: string, value: string | number): OscalProp => ({
  name,
  ns: MGMT_REVIEW_NS,
  value: String(value).trim(),
});

/** A day as an OSCAL date-time with offset: its start (UTC). */
export const startOfDay = (day: string): string => `${day}T00:00:00Z`;

/** A day as an OSCAL date-time with offset: its end (UTC), for deadlines and due dates met that day. */
export const endOfDay = (day: string): string => `${day}T23:59:59Z`;

/** An instant as an OSCAL date-time with offset (UTC). */
export const instantOf = (instant: string): string => new Date(instant).toISOString();

/** A requirement (`10.2`, `A.5.18`, `6.1.3 d`) as an OSCAL token (a letter first; no spaces). */
export const requirementToken = (requirement: string): string =>
  `clause-${requirement.trim().replace(/[^\p{L}\p{N}._-]+/gu, '_')}`;
