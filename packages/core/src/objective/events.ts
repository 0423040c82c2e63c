import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { Period } from '../indicator/period.js';
import { Direction, MeasuredValue } from '../indicator/target.js';
import {
  Id,
  IsoDate,
  IsoDateTime,
  NonEmptyString,
  nonEmptyArray,
  oneOf,
  Person,
  personalText,
  struct,
  structWith,
} from '../shared/codecs.js';

/**
 * The events of an information-security objective (ISO/IEC 27001:2022 6.2), stream
 * `objective-<objectiveId>`. Every payload carries the objective id and `at`, the business time of
 * the command (ISO-8601).
 */

/** The free text of an objective, in its commands and events: each field may name a person (docs/privacy.md). */
export const objectiveTexts = {
  statement: personalText('what the objective is, in words'),
  activities: personalText('what will be done (6.2 h), which may name the people doing it'),
  resources: personalText('what resources will be required (6.2 i), which may name people'),
  resultsEvaluation: personalText('how the results will be evaluated (6.2 l), in words'),
  fulfilmentCriteria: personalText('how fulfilment is judged, in words'),
  requirement: personalText('a requirement or risk result it takes into account, in words'),
  reason: personalText('a reason given in words (for a revision, a withdrawal)'),
  comment: personalText("the evaluator's comment on progress"),
  conclusion: personalText('the judgement of fulfilment, in words'),
  evidence: personalText('a reference to evidence: the name or URI of a document, ticket or attachment'),
  followUp: personalText('what follows from a missed objective, in words'),
};

/** 6.2 b: a measurable objective's target — a value of one indicator, and which way is better. */
export const ObjectiveTarget = struct(
  { indicatorId: Id, value: MeasuredValue, direction: Direction },
  'ObjectiveTarget',
);
export type ObjectiveTarget = t.TypeOf<typeof ObjectiveTarget>;

/** 6.2 h–j, l: the plan for achieving the objective (when: the objective's `dueDate`, 6.2 k). */
export const ObjectivePlan = struct(
  {
    /** 6.2 h: what will be done. */
    activities: objectiveTexts.activities,
    /** 6.2 i: what resources will be required. */
    resources: objectiveTexts.resources,
    /** 6.2 j: who will be responsible. */
    responsible: Person,
    /** 6.2 l: how the results will be evaluated. */
    resultsEvaluation: objectiveTexts.resultsEvaluation,
  },
  'ObjectivePlan',
);
export type ObjectivePlan = t.TypeOf<typeof ObjectivePlan>;

/** A measurement an evaluation rests on: an indicator's value for one period, as the indicator holds it. */
export const CitedMeasurement = struct({ indicatorId: Id, period: Period, value: MeasuredValue }, 'CitedMeasurement');
export type CitedMeasurement = t.TypeOf<typeof CitedMeasurement>;

/** A judgement of fulfilment, with the records it rests on. */
export const FulfilmentEvaluation = struct(
  { conclusion: objectiveTexts.conclusion, evidence: nonEmptyArray(objectiveTexts.evidence) },
  'FulfilmentEvaluation',
);
export type FulfilmentEvaluation = t.TypeOf<typeof FulfilmentEvaluation>;

/** 6.2 d: how the objective is progressing towards its target. */
export const Progress = oneOf('onTrack', 'atRisk', 'offTrack');
export type Progress = t.TypeOf<typeof Progress>;

/** What an objective is, as set and as revised: 6.2 a–c, h–l. */
export const objectiveDefinitionFields = {
  statement: objectiveTexts.statement,
  /** 6.2 a: the information security policy (or its section) the objective is consistent with. */
  policyReference: NonEmptyString,
  owner: Person,
  plan: ObjectivePlan,
  /** 6.2 k: when it will be completed. */
  dueDate: IsoDate,
};

/** Exactly one of `target` and `fulfilmentCriteria` is present (6.2 b: measurable, if practicable). */
export const objectiveDefinitionOptions = {
  target: ObjectiveTarget,
  /** Where not measurable: how fulfilment is judged. */
  fulfilmentCriteria: objectiveTexts.fulfilmentCriteria,
  /** 6.2 c: the requirements and risk assessment or treatment results it takes into account. */
  requirements: t.array(objectiveTexts.requirement),
};

export const objectiveSet = defineEvent({
  type: 'ObjectiveSet',
  codec: structWith({ objectiveId: Id, ...objectiveDefinitionFields, at: IsoDateTime }, objectiveDefinitionOptions),
});

/** 6.2 f: updated as appropriate. The whole definition as revised, with the reason; earlier ones stay. */
export const objectiveRevised = defineEvent({
  type: 'ObjectiveRevised',
  codec: structWith(
    { objectiveId: Id, reason: objectiveTexts.reason, ...objectiveDefinitionFields, at: IsoDateTime },
    objectiveDefinitionOptions,
  ),
});

/** 6.2 d: progress monitored. A measurable objective's evaluation cites the measurement it rests on. */
export const objectiveProgressEvaluated = defineEvent({
  type: 'ObjectiveProgressEvaluated',
  codec: structWith(
    { objectiveId: Id, progress: Progress, comment: objectiveTexts.comment, evaluatedBy: Id, at: IsoDateTime },
    {
      measurement: CitedMeasurement,
      /** Whether the cited measurement meets the target in force: present with `measurement`. */
      meetsTarget: t.boolean,
    },
  ),
});

/**
 * The objective is achieved: on a measurement that meets its target (a measurable objective), or
 * on the recorded evaluation of its fulfilment criteria (one that is not measurable).
 */
export const objectiveAchieved = defineEvent({
  type: 'ObjectiveAchieved',
  codec: structWith(
    { objectiveId: Id, achievedBy: Id, at: IsoDateTime },
    { measurement: CitedMeasurement, evaluation: FulfilmentEvaluation },
  ),
});

/** The objective was not achieved: the evaluation, and what follows from it (a new objective, an action…). */
export const objectiveMissed = defineEvent({
  type: 'ObjectiveMissed',
  codec: structWith(
    { objectiveId: Id, evaluation: FulfilmentEvaluation, followUp: objectiveTexts.followUp, at: IsoDateTime },
    { measurement: CitedMeasurement },
  ),
});

/** The objective is no longer pursued, with the reason. */
export const objectiveWithdrawn = defineEvent({
  type: 'ObjectiveWithdrawn',
  codec: struct({ objectiveId: Id, reason: objectiveTexts.reason, at: IsoDateTime }),
});

export const objectiveEventDefinitions = [
  objectiveSet,
  objectiveRevised,
  objectiveProgressEvaluated,
  objectiveAchieved,
  objectiveMissed,
  objectiveWithdrawn,
] as const;

/** Any event of an objective stream. */
export type ObjectiveEvent = EventOf<(typeof objectiveEventDefinitions)[number]>;
