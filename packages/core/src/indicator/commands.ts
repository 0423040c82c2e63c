import { Id, IsoDateTime, struct, structWith } from '../shared/codecs.js';
import type { CommandOf } from '../shared/command.js';
import { indicatorDefinitionFields, indicatorDefinitionOptions, indicatorTexts } from './events.js';
import { Period } from './period.js';
import { MeasuredValue } from './target.js';

/** The commands of an indicator (9.1). Each carries the indicator id and `at` (ISO-8601). */
export const indicatorCommandCodecs = {
  DefineIndicator: structWith(indicatorDefinitionFields, indicatorDefinitionOptions),
  RecordMeasurement: struct({
    indicatorId: Id,
    period: Period,
    value: MeasuredValue,
    sourceReference: indicatorTexts.sourceReference,
    at: IsoDateTime,
  }),
  CorrectMeasurement: struct({
    indicatorId: Id,
    period: Period,
    value: MeasuredValue,
    reason: indicatorTexts.reason,
    sourceReference: indicatorTexts.sourceReference,
    at: IsoDateTime,
  }),
  AnalyseIndicatorPeriod: structWith(
    { indicatorId: Id, period: Period, conclusion: indicatorTexts.conclusion, at: IsoDateTime },
    { breachExplanation: indicatorTexts.breachExplanation },
  ),
  RetireIndicator: struct({ indicatorId: Id, reason: indicatorTexts.reason, at: IsoDateTime }),
} as const;

/** Any command to an indicator. */
export type IndicatorCommand = CommandOf<typeof indicatorCommandCodecs>;
export type IndicatorCommandData<K extends IndicatorCommand['type']> = Extract<IndicatorCommand, { type: K }>['data'];
