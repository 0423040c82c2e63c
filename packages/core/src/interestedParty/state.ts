import type { InterestedPartyEvent, IsmsReference, PartyKind } from './events.js';
import { type InterestedPartyStatus, interestedPartyLifecycle, type RequirementStatus } from './lifecycle.js';

/**
 * A requirement as last recorded or changed (4.2 b, c): exactly one of `addressedBy` and
 * `notAddressedReason` is present.
 */
export interface RequirementTerms {
  readonly need: string;
  readonly source: string;
  readonly climateRelated: boolean;
  readonly addressedBy?: IsmsReference[];
  readonly notAddressedReason?: string;
}

/** One requirement of the party, at its latest revision. */
export interface Requirement extends RequirementTerms {
  readonly requirementId: string;
  readonly status: RequirementStatus;
  /** 1 as recorded; each change adds one. */
  readonly revision: number;
  /** When its latest revision (or its withdrawal) was recorded. */
  readonly lastAt: string;
}

/** An interested party as its decider sees it. */
export interface InterestedParty {
  readonly status: InterestedPartyStatus;
  readonly interestedPartyId: string;
  readonly name: string | undefined;
  readonly kind: PartyKind | undefined;
  /** Every requirement ever recorded, withdrawn ones included, in the order recorded. */
  readonly requirements: readonly Requirement[];
  readonly lastAt: string | undefined;
}

export const initialInterestedPartyState: InterestedParty = {
  status: interestedPartyLifecycle.initial,
  interestedPartyId: '',
  name: undefined,
  kind: undefined,
  requirements: [],
  lastAt: undefined,
};

/** The requirement fields of a command's or an event's data, and nothing else. */
export const requirementTermsOf = (d: RequirementTerms): RequirementTerms => ({
  need: d.need,
  source: d.source,
  climateRelated: d.climateRelated,
  addressedBy: d.addressedBy,
  notAddressedReason: d.notAddressedReason,
});

/** The party's requirement `requirementId`, withdrawn or not. */
export const requirementOf = (party: InterestedParty, requirementId: string): Requirement | undefined =>
  party.requirements.find((r) => r.requirementId === requirementId);

const replaced = (s: InterestedParty, requirementId: string, next: (r: Requirement) => Requirement) => ({
  ...s,
  requirements: s.requirements.map((r) => (r.requirementId === requirementId ? next(r) : r)),
});

/** What each event records, beyond the status. */
const recorded = (s: InterestedParty, event: InterestedPartyEvent): InterestedParty => {
  switch (event.type) {
    case 'InterestedPartyRegistered': {
      const d = event.data;
      return { ...initialInterestedPartyState, interestedPartyId: d.interestedPartyId, name: d.name, kind: d.kind };
    }
    case 'RequirementRecorded': {
      const d = event.data;
      const requirement: Requirement = {
        requirementId: d.requirementId,
        ...requirementTermsOf(d),
        status: 'current',
        revision: 1,
        lastAt: d.at,
      };
      return { ...s, requirements: s.requirements.concat([requirement]) };
    }
    case 'RequirementChanged': {
      const d = event.data;
      return replaced(s, d.requirementId, (r) => ({
        requirementId: r.requirementId,
        ...requirementTermsOf(d),
        status: r.status,
        revision: d.revision,
        lastAt: d.at,
      }));
    }
    case 'RequirementWithdrawn': {
      const d = event.data;
      return replaced(s, d.requirementId, (r) => ({ ...r, status: 'withdrawn', lastAt: d.at }));
    }
  }
};

/** Applies one event of the party's history. */
export const evolveInterestedParty = (state: InterestedParty, event: InterestedPartyEvent): InterestedParty => ({
  ...recorded(state, event),
  status: interestedPartyLifecycle.statusAfter(state.status, event),
  lastAt: event.data.at,
});
