import { type IndicatorEvent, indicatorLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, IndicatorRecord } from './state.js';

const statusAfter = recordedStatus(indicatorLifecycle, 'none');

/**
 * Keeps the measurement of the latest period: a correction of that period supersedes its value, a
 * correction of an earlier one leaves it (periods of one frequency compare as strings).
 */
const measured = (indicator: IndicatorRecord, event: RecordedEvent<IndicatorEvent>): void => {
  if (event.type !== 'MeasurementRecorded' && event.type !== 'MeasurementCorrected') return;
  const latest = indicator.latest;
  if (latest !== undefined && event.data.period < latest.period) return;
  indicator.latest = { period: event.data.period, value: event.data.value, evidence: evidenceOf(event) };
};

/**
 * Folds one indicator event into the auditor's state (in place): its status from the indicator's
 * life cycle, and its latest measurement. The auditor keeps no analysis of a period, so the
 * analysis a correction makes lapse has nothing to clear here.
 */
export const applyIndicatorEvent = (state: AuditorState, event: RecordedEvent<IndicatorEvent>): void => {
  if (event.type === 'IndicatorDefined') {
    state.indicators.set(event.data.indicatorId, {
      indicatorId: event.data.indicatorId,
      name: event.data.name,
      defined: evidenceOf(event),
      status: statusAfter(indicatorLifecycle.initial, event),
      latest: undefined,
    });
    return;
  }
  const indicator = state.indicators.get(event.data.indicatorId);
  if (indicator === undefined) return;
  measured(indicator, event);
  indicator.status = statusAfter(indicator.status, event);
};
