import { type IndicatorEvent, type IndicatorStatus, indicatorLifecycle, periodBounds } from '@mgmt-review/core';
import type { Dated, KpiState } from '../state.js';
import { advanceStatus } from './statuses.js';

/**
 * Folds one indicator event into the KPI facts, in place: its definition, its status, and each
 * value of each indicator period — recorded, then corrected. A correction is appended after the
 * value it supersedes, never beside it as a second measurement, so a period is counted once, with
 * the value in force. The analysis of a period is the analyst's (9.1 f) and no KPI reads it, so
 * the analysis that a correction makes lapse is not kept here.
 */
export const applyIndicator = (state: KpiState, event: IndicatorEvent, day: string): void => {
  if (event.type === 'IndicatorDefined') {
    const d = event.data;
    const statuses: Dated<IndicatorStatus>[] = [];
    advanceStatus(statuses, indicatorLifecycle, event, day);
    state.indicators.set(d.indicatorId, {
      name: d.name,
      unit: d.unit,
      direction: d.direction,
      frequency: d.frequency,
      target: d.target,
      threshold: d.threshold,
      statuses,
      measurements: new Map(),
    });
    return;
  }
  const indicator = state.indicators.get(event.data.indicatorId);
  if (indicator === undefined) return;
  advanceStatus(indicator.statuses, indicatorLifecycle, event, day);
  if (event.type !== 'MeasurementRecorded' && event.type !== 'MeasurementCorrected') return;
  const d = event.data;
  const value = { day, value: d.value, breach: d.breach };
  const measurement = indicator.measurements.get(d.period);
  if (measurement === undefined) {
    indicator.measurements.set(d.period, { end: periodBounds(d.period)?.to ?? day, values: [value] });
  } else {
    measurement.values.push(value);
  }
};
