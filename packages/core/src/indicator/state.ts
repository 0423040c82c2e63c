import type { Person } from '../shared/codecs.js';
import type { IndicatorEvent } from './events.js';
import { type IndicatorFact, type IndicatorStatus, indicatorLifecycle } from './lifecycle.js';
import type { Frequency } from './period.js';
import type { Direction } from './target.js';

/** The latest value of one period: what a series counts, once, whatever corrections came before it. */
export interface PeriodMeasurement {
  readonly value: number;
  readonly sourceReference: string;
  readonly meetsTarget: boolean;
  readonly breach: boolean;
  /** How many corrections superseded the value first recorded. */
  readonly corrections: number;
}

/** An indicator as its decider sees it: its definition, the latest value per period, the periods analysed. */
export interface Indicator {
  readonly status: IndicatorStatus;
  readonly indicatorId: string;
  readonly direction: Direction;
  readonly frequency: Frequency;
  readonly target: number;
  readonly threshold: number;
  readonly measuredBy: Person | undefined;
  readonly analysedBy: Person | undefined;
  /** By period (`2026-03`): its latest value. */
  readonly measurements: Readonly<Record<string, PeriodMeasurement>>;
  /** The periods analysed since their latest value was recorded. */
  readonly analysedPeriods: readonly string[];
  readonly lastAt: string | undefined;
}

export const initialIndicatorState: Indicator = {
  status: indicatorLifecycle.initial,
  indicatorId: '',
  direction: 'higherIsBetter',
  frequency: 'monthly',
  target: 0,
  threshold: 0,
  measuredBy: undefined,
  analysedBy: undefined,
  measurements: {},
  analysedPeriods: [],
  lastAt: undefined,
};

/** What each event records, beyond the status and what lapses. */
const recorded = (s: Indicator, event: IndicatorEvent): Indicator => {
  switch (event.type) {
    case 'IndicatorDefined': {
      const d = event.data;
      return {
        ...initialIndicatorState,
        indicatorId: d.indicatorId,
        direction: d.direction,
        frequency: d.frequency,
        target: d.target,
        threshold: d.threshold,
        measuredBy: d.measuredBy,
        analysedBy: d.analysedBy,
      };
    }
    case 'MeasurementRecorded':
    case 'MeasurementCorrected': {
      const d = event.data;
      const before = s.measurements[d.period];
      const measurement: PeriodMeasurement = {
        value: d.value,
        sourceReference: d.sourceReference,
        meetsTarget: d.meetsTarget,
        breach: d.breach,
        corrections: before === undefined ? 0 : before.corrections + 1,
      };
      return { ...s, measurements: { ...s.measurements, [d.period]: measurement } };
    }
    case 'IndicatorPeriodAnalysed':
      return { ...s, analysedPeriods: s.analysedPeriods.concat(event.data.period) };
    case 'IndicatorRetired':
      return s;
  }
};

const lapse = (s: Indicator, fact: IndicatorFact, event: IndicatorEvent): Indicator => {
  switch (fact) {
    case 'periodAnalysis': {
      if (event.type !== 'MeasurementCorrected') return s;
      const period = event.data.period;
      return { ...s, analysedPeriods: s.analysedPeriods.filter((p) => p !== period) };
    }
  }
};

/** Applies one event of the indicator's history: what lapses first, then what the event records. */
export const evolveIndicator = (state: Indicator, event: IndicatorEvent): Indicator => {
  let s = state;
  for (const fact of indicatorLifecycle.lapses(event)) s = lapse(s, fact, event);
  s = recorded(s, event);
  return { ...s, status: indicatorLifecycle.statusAfter(state.status, event), lastAt: event.data.at };
};
