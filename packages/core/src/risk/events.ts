import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
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
  personalText,
  ruled,
  struct,
  structWith,
} from '../shared/codecs.js';

/**
 * The events of an information security risk (ISO/IEC 27001:2022 6.1.2, 6.1.3, 8.2, 8.3), stream
 * `risk-<riskId>`. Every payload carries the risk id and `at`, the business time of the command.
 */

/** The free text of a risk, in its commands and events: each field may name a person (docs/privacy.md). */
export const riskTexts = {
  scenario: personalText('what could happen, which may name a person (a leaver, a supplier contact)'),
  justification: personalText('why this treatment was chosen, in words'),
  exceptionJustification: personalText('why a residual risk above appetite is accepted, in words'),
  reason: personalText('a reason given in words (for a reassessment, a retirement)'),
};

/** Which of confidentiality, integrity and availability the scenario would harm (6.1.2 c 1). */
export const CiaImpact = struct(
  { confidentiality: t.boolean, integrity: t.boolean, availability: t.boolean },
  'CiaImpact',
);
export type CiaImpact = t.TypeOf<typeof CiaImpact>;

/** The host's scale: likelihood and impact each from 1 to their number of levels. */
export const RiskScale = struct({ likelihoodLevels: PositiveInt, impactLevels: PositiveInt }, 'RiskScale');
export type RiskScale = t.TypeOf<typeof RiskScale>;

/** 6.1.2 a: the risk acceptance criteria and the criteria for performing assessments. */
export const RiskCriteria = struct({ acceptance: NonEmptyString, assessment: NonEmptyString }, 'RiskCriteria');
export type RiskCriteria = t.TypeOf<typeof RiskCriteria>;

/** 6.1.3 a: the treatment option chosen. */
export const TreatmentOption = oneOf('modify', 'avoid', 'share', 'retain');
export type TreatmentOption = t.TypeOf<typeof TreatmentOption>;

/** An Annex A control reference, e.g. `A.5.15`. */
const ANNEX_A_CONTROL = /^A\.[5-8]\.\d{1,2}$/;
export const ControlRef = ruled(
  'ControlRef',
  t.string,
  (s) => ANNEX_A_CONTROL.test(s),
  'an Annex A control such as A.5.15',
);

/** How the risk was rated: likelihood × impact = score, on the scale, against the criteria and appetite. */
const assessmentFields = {
  likelihood: PositiveInt,
  impact: PositiveInt,
  score: PositiveInt,
  scale: RiskScale,
  criteria: RiskCriteria,
  /** The highest score the organisation accepts without an exception. */
  appetite: PositiveInt,
};

export const riskIdentified = defineEvent({
  type: 'RiskIdentified',
  codec: struct({
    riskId: Id,
    scenario: riskTexts.scenario,
    /** The asset or process at risk. */
    asset: NonEmptyString,
    owner: Person,
    cia: CiaImpact,
    at: IsoDateTime,
  }),
});

/** 6.1.2 d, 8.2: the risk analysed and evaluated, with the scale, criteria and appetite of the day. */
export const riskAssessed = defineEvent({
  type: 'RiskAssessed',
  codec: struct({ riskId: Id, ...assessmentFields, at: IsoDateTime }),
});

/** 6.1.3 a–c: the treatment option and the Annex A controls it relies on. */
export const treatmentDecided = defineEvent({
  type: 'TreatmentDecided',
  codec: struct({
    riskId: Id,
    option: TreatmentOption,
    controls: t.array(ControlRef),
    justification: riskTexts.justification,
    at: IsoDateTime,
  }),
});

/** 6.1.3 f: the risk owner approves the treatment plan. */
export const treatmentPlanApproved = defineEvent({
  type: 'TreatmentPlanApproved',
  codec: struct({ riskId: Id, approvedBy: Id, at: IsoDateTime }),
});

/** 8.3: the actions that implement the treatment plan. */
export const treatmentActionsLinked = defineEvent({
  type: 'TreatmentActionsLinked',
  codec: struct({ riskId: Id, actionIds: nonEmptyArray(Id), at: IsoDateTime }),
});

/** The risk that remains after treatment, on the scale of the assessment. */
export const residualRiskAssessed = defineEvent({
  type: 'ResidualRiskAssessed',
  codec: struct({
    riskId: Id,
    likelihood: PositiveInt,
    impact: PositiveInt,
    score: PositiveInt,
    aboveAppetite: t.boolean,
    at: IsoDateTime,
  }),
});

/**
 * 6.1.3 f: the risk owner accepts the residual risk until `expiresOn`. Above appetite only as an
 * explicit exception, whose justification is recorded.
 */
export const residualRiskAccepted = defineEvent({
  type: 'ResidualRiskAccepted',
  codec: structWith(
    { riskId: Id, acceptedBy: Id, score: PositiveInt, aboveAppetite: t.boolean, expiresOn: IsoDate, at: IsoDateTime },
    { exceptionJustification: riskTexts.exceptionJustification },
  ),
});

/** 8.2: assessed again, periodically or because something changed; any acceptance lapses. */
export const riskReassessed = defineEvent({
  type: 'RiskReassessed',
  codec: struct({
    riskId: Id,
    trigger: oneOf('periodic', 'change'),
    reason: riskTexts.reason,
    ...assessmentFields,
    at: IsoDateTime,
  }),
});

export const riskRetired = defineEvent({
  type: 'RiskRetired',
  codec: struct({ riskId: Id, reason: riskTexts.reason, at: IsoDateTime }),
});

export const riskEventDefinitions = [
  riskIdentified,
  riskAssessed,
  treatmentDecided,
  treatmentPlanApproved,
  treatmentActionsLinked,
  residualRiskAssessed,
  residualRiskAccepted,
  riskReassessed,
  riskRetired,
] as const;

/** Any event of a risk stream. */
export type RiskEvent = EventOf<(typeof riskEventDefinitions)[number]>;
