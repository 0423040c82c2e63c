import * as t from 'io-ts';
import { Id, IsoDateTime, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { interestedPartyFields, interestedPartyTexts, requirementFields, requirementOptions } from './events.js';

/** The commands of an interested party (4.2). Each carries the party's id and `at` (ISO-8601). */
export const interestedPartyCommandCodecs = {
  RegisterInterestedParty: struct({ interestedPartyId: Id, ...interestedPartyFields, at: IsoDateTime }),
  /** Exactly one of `addressedBy` (how the ISMS addresses it) and `notAddressedReason`. */
  RecordRequirement: structWith(
    { interestedPartyId: Id, requirementId: Id, ...requirementFields, at: IsoDateTime },
    requirementOptions,
  ),
  /**
   * The fields that change, with the reason; the others stay. `addressedBy` replaces a
   * `notAddressedReason` and the other way round.
   */
  ChangeRequirement: structWith(
    { interestedPartyId: Id, requirementId: Id, reason: interestedPartyTexts.reason, at: IsoDateTime },
    {
      need: interestedPartyTexts.need,
      source: interestedPartyTexts.source,
      climateRelated: t.boolean,
      ...requirementOptions,
    },
  ),
  WithdrawRequirement: struct({
    interestedPartyId: Id,
    requirementId: Id,
    reason: interestedPartyTexts.reason,
    at: IsoDateTime,
  }),
} as const;

/** Any command to an interested party. */
export type InterestedPartyCommand = CommandOf<typeof interestedPartyCommandCodecs>;
export type InterestedPartyCommandData<K extends InterestedPartyCommand['type']> = Extract<
  InterestedPartyCommand,
  { type: K }
>['data'];
