import * as t from 'io-ts';
import {
  Id,
  IsoDate,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  oneOf,
  Person,
  PositiveInt,
  struct,
  structWith,
} from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { CiaImpact, ControlRef, RiskCriteria, RiskScale, riskTexts, TreatmentOption } from './events.js';

const rating = {
  likelihood: PositiveInt,
  impact: PositiveInt,
  scale: RiskScale,
  criteria: RiskCriteria,
  appetite: PositiveInt,
};

/** The commands of a risk. Each carries the risk id and `at` (ISO-8601). */
export const riskCommandCodecs = {
  IdentifyRisk: struct({
    riskId: Id,
    scenario: riskTexts.scenario,
    asset: NonEmptyString,
    owner: Person,
    cia: CiaImpact,
    at: IsoDateTime,
  }),
  AssessRisk: struct({ riskId: Id, ...rating, at: IsoDateTime }),
  DecideTreatment: struct({
    riskId: Id,
    option: TreatmentOption,
    controls: t.array(ControlRef),
    justification: riskTexts.justification,
    at: IsoDateTime,
  }),
  ApproveTreatmentPlan: struct({ riskId: Id, at: IsoDateTime }),
  LinkTreatmentActions: struct({ riskId: Id, actionIds: nonEmptyArray(Id), at: IsoDateTime }),
  AssessResidualRisk: struct({ riskId: Id, likelihood: PositiveInt, impact: PositiveInt, at: IsoDateTime }),
  AcceptResidualRisk: structWith(
    { riskId: Id, expiresOn: IsoDate, at: IsoDateTime },
    { exceptionJustification: riskTexts.exceptionJustification },
  ),
  ReassessRisk: struct({
    riskId: Id,
    trigger: oneOf('periodic', 'change'),
    reason: riskTexts.reason,
    ...rating,
    at: IsoDateTime,
  }),
  RetireRisk: struct({ riskId: Id, reason: riskTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to a risk. */
export type RiskCommand = CommandOf<typeof riskCommandCodecs>;
export type RiskCommandData<K extends RiskCommand['type']> = Extract<RiskCommand, { type: K }>['data'];
