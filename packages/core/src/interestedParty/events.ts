import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import {
  Id,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  oneOf,
  PositiveInt,
  personalText,
  struct,
  structWith,
} from '../shared/codecs.js';

/**
 * The events of an interested party and its requirements (ISO/IEC 27001:2022 4.2, with Amendment
 * 1:2024), stream `interestedparty-<interestedPartyId>`. Every payload carries the party's id and
 * `at`, the business time of the command (ISO-8601).
 */

/** 4.2 a: who the party is to the organisation. */
export const PartyKind = oneOf('customer', 'regulator', 'supplier', 'employee', 'shareholder', 'partner', 'other');
export type PartyKind = t.TypeOf<typeof PartyKind>;

/** Where the ISMS addresses a requirement: a control (`A.5.15` or the organisation's own), a policy or an objective. */
export const IsmsReference = struct(
  { kind: oneOf('control', 'policy', 'objective'), reference: NonEmptyString },
  'IsmsReference',
);
export type IsmsReference = t.TypeOf<typeof IsmsReference>;

/** The free text of an interested party's record, in its commands and events: each field may name a person (docs/privacy.md). */
export const interestedPartyTexts = {
  relevance: personalText('why the party is relevant to the ISMS, in words'),
  need: personalText("the party's need or expectation, which may name a contact person"),
  source: personalText(
    'where the requirement comes from: the name or reference of a contract clause, a letter, a survey',
  ),
  notAddressedReason: personalText('why the ISMS does not address it, in words'),
  reason: personalText('a reason given in words (for a change, a withdrawal)'),
};

/**
 * A need or expectation of the party (4.2 b) and whether the ISMS addresses it (4.2 c): through
 * `addressedBy` (one or more controls, policies or objectives), or not, with `notAddressedReason`.
 * Exactly one of the two is present.
 */
export const requirementFields = {
  need: interestedPartyTexts.need,
  /** Where it comes from: a contract clause, a law, a regulator's letter, a survey… */
  source: interestedPartyTexts.source,
  /** 4.2 (Amd 1:2024): the requirement is related to climate change. */
  climateRelated: t.boolean,
};
export const requirementOptions = {
  addressedBy: nonEmptyArray(IsmsReference),
  notAddressedReason: interestedPartyTexts.notAddressedReason,
};

/** Who the party is, as registered. */
export const interestedPartyFields = {
  /** The party's name: an organisation or a group (a regulator, "staff"), never a person's. */
  name: NonEmptyString,
  kind: PartyKind,
  /** 4.2 a: why the party is relevant to the ISMS. */
  relevance: interestedPartyTexts.relevance,
};

export const interestedPartyRegistered = defineEvent({
  type: 'InterestedPartyRegistered',
  codec: struct({ interestedPartyId: Id, ...interestedPartyFields, at: IsoDateTime }),
});

/** 4.2 b, c: a requirement of the party, as first recorded (revision 1). */
export const requirementRecorded = defineEvent({
  type: 'RequirementRecorded',
  codec: structWith(
    { interestedPartyId: Id, requirementId: Id, ...requirementFields, at: IsoDateTime },
    requirementOptions,
  ),
});

/**
 * 9.3.2 c: the requirement changed. The whole requirement as changed, with the reason and its
 * revision number (2, 3, …); the earlier revisions stay in the history.
 */
export const requirementChanged = defineEvent({
  type: 'RequirementChanged',
  codec: structWith(
    {
      interestedPartyId: Id,
      requirementId: Id,
      revision: PositiveInt,
      reason: interestedPartyTexts.reason,
      ...requirementFields,
      at: IsoDateTime,
    },
    requirementOptions,
  ),
});

/** The party no longer has the requirement, and why. Its history stays; its id is not used again. */
export const requirementWithdrawn = defineEvent({
  type: 'RequirementWithdrawn',
  codec: struct({
    interestedPartyId: Id,
    requirementId: Id,
    reason: interestedPartyTexts.reason,
    at: IsoDateTime,
  }),
});

export const interestedPartyEventDefinitions = [
  interestedPartyRegistered,
  requirementRecorded,
  requirementChanged,
  requirementWithdrawn,
] as const;

/** Any event of an interested party's stream. */
export type InterestedPartyEvent = EventOf<(typeof interestedPartyEventDefinitions)[number]>;
