import { defineEvent, type EventOf } from '@mgmt-review/eventsourcing';
import * as t from 'io-ts';
import { ControlRef } from '../risk/events.js';
import { Id, IsoDateTime, NonEmptyString, oneOf, Person, personalText, struct, structWith } from '../shared/codecs.js';
import { Frequency, Period } from './period.js';
import { Direction, MeasuredValue } from './target.js';

/**
 * The events of an indicator (ISO/IEC 27001:2022 9.1), stream `indicator-<indicatorId>`. Every
 * payload carries the indicator id and `at`, the business time of the command (ISO-8601).
 */

/** 9.1 a: what is measured, a process or a control of the ISMS. */
export const MeasuredSubject = struct({ kind: oneOf('process', 'control'), name: NonEmptyString }, 'MeasuredSubject');
export type MeasuredSubject = t.TypeOf<typeof MeasuredSubject>;

/** The free text of an indicator's history, in its commands and events: each field may name a person (docs/privacy.md). */
export const indicatorTexts = {
  sourceReference: personalText(
    'the name or reference of the record a value was taken from (a ticket query, a report, an export)',
  ),
  reason: personalText('a reason given in words (for a correction, a retirement)'),
  conclusion: personalText("the analyst's conclusion on a period's value"),
  breachExplanation: personalText('why the value breached the threshold, in words'),
};

/** What makes an indicator, as defined: 9.1 a–f (the command's fields and the event's). */
export const indicatorDefinitionFields = {
  indicatorId: Id,
  /** What the indicator is called, e.g. "security incidents per month". */
  name: NonEmptyString,
  subject: MeasuredSubject,
  /** 9.1 b: how it is measured, so results are comparable and reproducible. */
  method: NonEmptyString,
  unit: NonEmptyString,
  direction: Direction,
  /** 9.1 c: when it is measured; its periods follow from it. */
  frequency: Frequency,
  /** 9.1 d: who measures (records and corrects the measurements). */
  measuredBy: Person,
  /** 9.1 f: who analyses and evaluates the results. */
  analysedBy: Person,
  /** The value aimed for. */
  target: MeasuredValue,
  /** The value beyond which a measurement is a breach, to be explained when its period is analysed. */
  threshold: MeasuredValue,
  at: IsoDateTime,
};

export const indicatorDefinitionOptions = {
  /** The Annex A control measured, e.g. `A.5.24`, when there is one. */
  annexAControl: ControlRef,
};

export const indicatorDefined = defineEvent({
  type: 'IndicatorDefined',
  codec: structWith(indicatorDefinitionFields, indicatorDefinitionOptions),
});

/** How a value stands against the indicator's target and threshold, as the decider computed it. */
const standing = { meetsTarget: t.boolean, breach: t.boolean };

/** 9.1: the value of one period, with where it comes from and who measured it. One per period. */
export const measurementRecorded = defineEvent({
  type: 'MeasurementRecorded',
  codec: struct({
    indicatorId: Id,
    period: Period,
    value: MeasuredValue,
    /** The record the value was taken from: a ticket query, a report, a tool export. */
    sourceReference: indicatorTexts.sourceReference,
    measuredBy: Id,
    ...standing,
    at: IsoDateTime,
  }),
});

/**
 * A period's value corrected: the new value supersedes the one before it (`previousValue`), which
 * stays in the history. A series counts each period once, with its latest value.
 */
export const measurementCorrected = defineEvent({
  type: 'MeasurementCorrected',
  codec: struct({
    indicatorId: Id,
    period: Period,
    previousValue: MeasuredValue,
    value: MeasuredValue,
    reason: indicatorTexts.reason,
    sourceReference: indicatorTexts.sourceReference,
    correctedBy: Id,
    ...standing,
    at: IsoDateTime,
  }),
});

/** 9.1 f: the analyst's conclusion on a period's value; a breach is explained. */
export const indicatorPeriodAnalysed = defineEvent({
  type: 'IndicatorPeriodAnalysed',
  codec: structWith(
    {
      indicatorId: Id,
      period: Period,
      /** The value the analysis rests on: the period's latest. */
      value: MeasuredValue,
      breach: t.boolean,
      conclusion: indicatorTexts.conclusion,
      analysedBy: Id,
      at: IsoDateTime,
    },
    { breachExplanation: indicatorTexts.breachExplanation },
  ),
});

/** The indicator is no longer measured; its history stays. */
export const indicatorRetired = defineEvent({
  type: 'IndicatorRetired',
  codec: struct({ indicatorId: Id, reason: indicatorTexts.reason, at: IsoDateTime }),
});

export const indicatorEventDefinitions = [
  indicatorDefined,
  measurementRecorded,
  measurementCorrected,
  indicatorPeriodAnalysed,
  indicatorRetired,
] as const;

/** Any event of an indicator stream. */
export type IndicatorEvent = EventOf<(typeof indicatorEventDefinitions)[number]>;
