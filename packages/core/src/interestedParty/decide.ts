import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import type { InterestedPartyCommand, InterestedPartyCommandData } from './commands.js';
import type { InterestedPartyEvent } from './events.js';
import {
  evolveInterestedParty,
  type InterestedParty,
  initialInterestedPartyState,
  type Requirement,
  type RequirementTerms,
  requirementOf,
  requirementTermsOf,
} from './state.js';

type Decided = Either<DomainError, readonly InterestedPartyEvent[]>;

const one = (event: InterestedPartyEvent): Decided => right([event]);

/** 4.2 c: the organisation determines which requirements the ISMS addresses — and, for the others, why not. */
const addressedOrWhyNot = (terms: Partial<RequirementTerms>): Decided | undefined =>
  (terms.addressedBy === undefined) === (terms.notAddressedReason === undefined)
    ? refuse(
        '4.2 c',
        'a requirement says how the ISMS addresses it (addressedBy) or why it does not (notAddressedReason): one of the two',
      )
    : undefined;

const changeable = ['need', 'source', 'climateRelated', 'addressedBy', 'notAddressedReason'] as const;

/** The terms a change leaves: the fields it names replace the current ones. */
const changed = (current: Requirement, d: InterestedPartyCommandData<'ChangeRequirement'>): RequirementTerms => {
  const addressed = d.addressedBy !== undefined ? true : d.notAddressedReason !== undefined ? false : undefined;
  return {
    need: d.need ?? current.need,
    source: d.source ?? current.source,
    climateRelated: d.climateRelated ?? current.climateRelated,
    addressedBy: addressed === false ? undefined : (d.addressedBy ?? current.addressedBy),
    notAddressedReason: addressed === true ? undefined : (d.notAddressedReason ?? current.notAddressedReason),
  };
};

/** The party's current requirement `requirementId`, or why there is none to change. */
const currentRequirement = (party: InterestedParty, requirementId: string): Either<DomainError, Requirement> => {
  const requirement = requirementOf(party, requirementId);
  if (requirement === undefined) return refuse(lifecycleRule, `the party has no requirement ${requirementId}`);
  if (requirement.status === 'withdrawn') return refuse(lifecycleRule, `requirement ${requirementId} is withdrawn`);
  return right(requirement);
};

const decideRegistered = (command: InterestedPartyCommand, state: InterestedParty): Decided => {
  const interestedPartyId = state.interestedPartyId;
  switch (command.type) {
    case 'RegisterInterestedParty':
      return refuse(lifecycleRule, 'the interested party is already registered');
    case 'RecordRequirement': {
      const d = command.data;
      if (requirementOf(state, d.requirementId) !== undefined) {
        return refuse(lifecycleRule, `requirement ${d.requirementId} is already recorded; change it instead`);
      }
      const refused = addressedOrWhyNot(d);
      if (refused !== undefined) return refused;
      return one({
        type: 'RequirementRecorded',
        data: { interestedPartyId, requirementId: d.requirementId, ...requirementTermsOf(d), at: d.at },
      });
    }
    case 'ChangeRequirement': {
      const d = command.data;
      const current = currentRequirement(state, d.requirementId);
      if (isLeft(current)) return current;
      if (changeable.every((field) => d[field] === undefined)) {
        return refuse(lifecycleRule, `a change names what changes: one of ${changeable.join(', ')}`);
      }
      // A change may leave both out (the current one stays), but never names both.
      const refused =
        d.addressedBy !== undefined && d.notAddressedReason !== undefined ? addressedOrWhyNot(d) : undefined;
      if (refused !== undefined) return refused;
      return one({
        type: 'RequirementChanged',
        data: {
          interestedPartyId,
          requirementId: d.requirementId,
          revision: current.right.revision + 1,
          reason: d.reason,
          ...changed(current.right, d),
          at: d.at,
        },
      });
    }
    case 'WithdrawRequirement': {
      const d = command.data;
      const current = currentRequirement(state, d.requirementId);
      if (isLeft(current)) return current;
      return one({
        type: 'RequirementWithdrawn',
        data: { interestedPartyId, requirementId: d.requirementId, reason: d.reason, at: d.at },
      });
    }
  }
};

/** The interested-party decider (4.2, Amd 1:2024; 9.3.2 c). */
export const interestedPartyDecider: Decider<
  InterestedPartyCommand,
  InterestedParty,
  InterestedPartyEvent,
  DomainError
> = {
  initialState: initialInterestedPartyState,
  evolve: evolveInterestedParty,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'RegisterInterestedParty'
        ? mustNotExist(exists, 'the interested party')
        : mustExist(exists, 'the interested party');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (command.type !== 'RegisterInterestedParty') return decideRegistered(command, state);
    const d = command.data;
    return one({
      type: 'InterestedPartyRegistered',
      data: { interestedPartyId: d.interestedPartyId, name: d.name, kind: d.kind, relevance: d.relevance, at: d.at },
    });
  },
};
