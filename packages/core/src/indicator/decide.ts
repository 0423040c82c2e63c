import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { IndicatorCommand } from './commands.js';
import type { IndicatorEvent } from './events.js';
import { isPeriodOf, periodBounds, periodOf } from './period.js';
import { evolveIndicator, type Indicator, initialIndicatorState } from './state.js';
import { breaches, meetsTarget } from './target.js';

type Decided = Either<DomainError, readonly IndicatorEvent[]>;

const one = (event: IndicatorEvent): Decided => right([event]);

/** Where a value stands against the indicator's target and threshold. */
const standingOf = (state: Indicator, value: number) => ({
  meetsTarget: meetsTarget(state.direction, state.target, value),
  breach: breaches(state.direction, state.threshold, value),
});

const decideActive = (command: IndicatorCommand, state: Indicator): Decided => {
  const indicatorId = state.indicatorId;
  switch (command.type) {
    case 'DefineIndicator':
      return refuse(lifecycleRule, 'the indicator already exists');
    case 'RecordMeasurement': {
      const d = command.data;
      const day = dayOf(d.at);
      // 9.1 c: measured when the indicator says, so one period's values compare with the next.
      if (!isPeriodOf(state.frequency, d.period)) {
        return refuse(
          '9.1 c',
          `a ${state.frequency} indicator is measured for ${state.frequency} periods such as ${periodOf(state.frequency, day)}, not ${d.period}`,
        );
      }
      const before = state.measurements[d.period];
      if (before !== undefined) {
        return refuse(
          lifecycleRule,
          `period ${d.period} is already measured (${before.value}): a period has one value, correct it instead`,
        );
      }
      const from = periodBounds(d.period)?.from ?? day;
      if (from > day) return refuse(chronologyRule, `period ${d.period} begins on ${from}, after ${day}`);
      return one({
        type: 'MeasurementRecorded',
        data: {
          indicatorId,
          period: d.period,
          value: d.value,
          sourceReference: d.sourceReference,
          measuredBy: command.actor.id,
          ...standingOf(state, d.value),
          at: d.at,
        },
      });
    }
    case 'CorrectMeasurement': {
      const d = command.data;
      const before = state.measurements[d.period];
      if (before === undefined) return refuse(lifecycleRule, `period ${d.period} has no measurement to correct`);
      if (before.value === d.value && before.sourceReference === d.sourceReference) {
        return refuse(lifecycleRule, `the correction of ${d.period} changes neither its value nor its source`);
      }
      return one({
        type: 'MeasurementCorrected',
        data: {
          indicatorId,
          period: d.period,
          previousValue: before.value,
          value: d.value,
          reason: d.reason,
          sourceReference: d.sourceReference,
          correctedBy: command.actor.id,
          ...standingOf(state, d.value),
          at: d.at,
        },
      });
    }
    case 'AnalyseIndicatorPeriod': {
      const d = command.data;
      const measured = state.measurements[d.period];
      // 9.1 f: what is analysed and evaluated is the result of measurement.
      if (measured === undefined) return refuse('9.1 f', `period ${d.period} has no measurement to analyse`);
      if (state.analysedPeriods.includes(d.period)) {
        return refuse(lifecycleRule, `period ${d.period} is already analysed; a correction of its value reopens it`);
      }
      if (measured.breach && d.breachExplanation === undefined) {
        return refuse(
          '9.1 f',
          `the value ${measured.value} of ${d.period} breaches the threshold ${state.threshold}: the analysis explains the breach (breachExplanation)`,
        );
      }
      return one({
        type: 'IndicatorPeriodAnalysed',
        data: {
          indicatorId,
          period: d.period,
          value: measured.value,
          breach: measured.breach,
          conclusion: d.conclusion,
          breachExplanation: measured.breach ? d.breachExplanation : undefined,
          analysedBy: command.actor.id,
          at: d.at,
        },
      });
    }
    case 'RetireIndicator':
      return one({
        type: 'IndicatorRetired',
        data: { indicatorId, reason: command.data.reason, at: command.data.at },
      });
  }
};

/** The indicator decider (9.1). */
export const indicatorDecider: Decider<IndicatorCommand, Indicator, IndicatorEvent, DomainError> = {
  initialState: initialIndicatorState,
  evolve: evolveIndicator,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'DefineIndicator' ? mustNotExist(exists, 'the indicator') : mustExist(exists, 'the indicator');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (state.status === 'retired') return refuse(lifecycleRule, 'the indicator is retired');
    if (command.type !== 'DefineIndicator') return decideActive(command, state);
    const d = command.data;
    // 9.1: a target that is itself a breach would make meeting the target a breach.
    if (breaches(d.direction, d.threshold, d.target)) {
      return refuse(
        '9.1',
        `the target ${d.target} is beyond the breach threshold ${d.threshold} (${d.direction === 'lowerIsBetter' ? 'lower' : 'higher'} is better)`,
      );
    }
    return one({
      type: 'IndicatorDefined',
      data: {
        indicatorId: d.indicatorId,
        name: d.name,
        subject: d.subject,
        annexAControl: d.annexAControl,
        method: d.method,
        unit: d.unit,
        direction: d.direction,
        frequency: d.frequency,
        measuredBy: d.measuredBy,
        analysedBy: d.analysedBy,
        target: d.target,
        threshold: d.threshold,
        at: d.at,
      },
    });
  },
};
