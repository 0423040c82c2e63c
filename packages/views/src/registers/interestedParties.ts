import {
  dayOf,
  type InterestedPartyEvent,
  type InterestedPartyStatus,
  type IsmsReference,
  interestedPartyLifecycle,
  type PartyKind,
  type RequirementStatus,
} from '@mgmt-review/core';

/** What happened to a requirement: first recorded, changed (a new revision), or withdrawn. */
export type RequirementEventKind = 'recorded' | 'changed' | 'withdrawn';

/** A requirement's terms at one revision (4.2 b, c): addressed through the ISMS (`addressedBy`), or not and why. */
export interface RequirementTermsRecord {
  readonly need: string;
  readonly source: string;
  readonly climateRelated: boolean;
  readonly addressedBy: readonly IsmsReference[];
  readonly notAddressedReason: string | undefined;
}

/** One entry of a requirement's history (9.3.2 c): what happened, on which day, why, and the terms after it. */
export interface RequirementHistoryRecord {
  readonly event: RequirementEventKind;
  readonly on: string;
  readonly revision: number;
  /** Why it changed or was withdrawn (none when first recorded). */
  readonly reason: string | undefined;
  readonly terms: RequirementTermsRecord;
}

/** A need or expectation of an interested party, at its latest revision, with its history. */
export interface RequirementRecord {
  readonly requirementId: string;
  status: RequirementStatus;
  revision: number;
  terms: RequirementTermsRecord;
  recordedOn: string;
  lastChangedOn: string | undefined;
  withdrawnOn: string | undefined;
  readonly history: RequirementHistoryRecord[];
}

/** An interested party (4.2 a) and its requirements by id, in the order recorded. */
export interface InterestedPartyRecord {
  readonly interestedPartyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly relevance: string;
  status: InterestedPartyStatus;
  readonly registeredOn: string;
  readonly requirements: Map<string, RequirementRecord>;
  lastActivityOn: string;
}

const termsOf = (d: {
  readonly need: string;
  readonly source: string;
  readonly climateRelated: boolean;
  readonly addressedBy?: readonly IsmsReference[];
  readonly notAddressedReason?: string;
}): RequirementTermsRecord => ({
  need: d.need,
  source: d.source,
  climateRelated: d.climateRelated,
  addressedBy: d.addressedBy ?? [],
  notAddressedReason: d.notAddressedReason,
});

/** What each requirement event records on the party's requirements. */
const record = (party: InterestedPartyRecord, event: InterestedPartyEvent, day: string): void => {
  switch (event.type) {
    case 'InterestedPartyRegistered':
      return;
    case 'RequirementRecorded': {
      const terms = termsOf(event.data);
      party.requirements.set(event.data.requirementId, {
        requirementId: event.data.requirementId,
        status: 'current',
        revision: 1,
        terms,
        recordedOn: day,
        lastChangedOn: undefined,
        withdrawnOn: undefined,
        history: [{ event: 'recorded', on: day, revision: 1, reason: undefined, terms }],
      });
      return;
    }
    case 'RequirementChanged': {
      const r = party.requirements.get(event.data.requirementId);
      if (r === undefined) return;
      const terms = termsOf(event.data);
      r.revision = event.data.revision;
      r.terms = terms;
      r.lastChangedOn = day;
      r.history.push({ event: 'changed', on: day, revision: r.revision, reason: event.data.reason, terms });
      return;
    }
    case 'RequirementWithdrawn': {
      const r = party.requirements.get(event.data.requirementId);
      if (r === undefined) return;
      r.status = 'withdrawn';
      r.withdrawnOn = day;
      r.history.push({ event: 'withdrawn', on: day, revision: r.revision, reason: event.data.reason, terms: r.terms });
      return;
    }
  }
};

/**
 * Folds one interested-party event into the parties' records, in place. The party's status comes
 * from its life cycle (nothing lapses in it); the register adds each requirement's revisions,
 * days and reasons, and keeps every earlier revision in its history.
 */
export const applyInterestedPartyEvent = (
  parties: Map<string, InterestedPartyRecord>,
  event: InterestedPartyEvent,
): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'InterestedPartyRegistered') {
    const d = event.data;
    parties.set(d.interestedPartyId, {
      interestedPartyId: d.interestedPartyId,
      name: d.name,
      kind: d.kind,
      relevance: d.relevance,
      status: interestedPartyLifecycle.statusAfter(interestedPartyLifecycle.initial, event),
      registeredOn: day,
      requirements: new Map(),
      lastActivityOn: day,
    });
    return;
  }
  const party = parties.get(event.data.interestedPartyId);
  if (party === undefined) return;
  record(party, event, day);
  party.lastActivityOn = day;
  party.status = interestedPartyLifecycle.statusAfter(party.status, event);
};
