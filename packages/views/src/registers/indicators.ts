import { dayOf, type IndicatorEvent, type IndicatorFact, indicatorLifecycle } from '@mgmt-review/core';
import type { IndicatorRecord } from '../performanceRecords.js';

const newIndicator = (event: Extract<IndicatorEvent, { type: 'IndicatorDefined' }>, day: string): IndicatorRecord => {
  const d = event.data;
  return {
    indicatorId: d.indicatorId,
    status: indicatorLifecycle.statusAfter(indicatorLifecycle.initial, event),
    name: d.name,
    subject: { kind: d.subject.kind, name: d.subject.name },
    annexAControl: d.annexAControl,
    method: d.method,
    unit: d.unit,
    direction: d.direction,
    frequency: d.frequency,
    measuredById: d.measuredBy.id,
    analysedById: d.analysedBy.id,
    target: d.target,
    threshold: d.threshold,
    definedOn: day,
    retiredOn: undefined,
    retireReason: undefined,
    periods: new Map(),
    lastActivityOn: day,
  };
};

/** Clears the fields of the series that record a fact of the indicator that lapsed. */
const lapse = (i: IndicatorRecord, fact: IndicatorFact, event: IndicatorEvent): void => {
  switch (fact) {
    case 'periodAnalysis': {
      // The analysis that lapses is the one of the period the event names (a correction's period).
      if (event.type !== 'MeasurementCorrected') return;
      const period = i.periods.get(event.data.period);
      if (period !== undefined) period.analysis = undefined;
      return;
    }
  }
};

/** What the series records of each event beyond the status and what lapses. */
const record = (i: IndicatorRecord, event: IndicatorEvent, day: string): void => {
  switch (event.type) {
    case 'MeasurementRecorded': {
      const d = event.data;
      i.periods.set(d.period, {
        period: d.period,
        value: d.value,
        sourceReference: d.sourceReference,
        measuredBy: d.measuredBy,
        recordedOn: day,
        meetsTarget: d.meetsTarget,
        breach: d.breach,
        corrections: [],
        analysis: undefined,
      });
      return;
    }
    case 'MeasurementCorrected': {
      const d = event.data;
      const p = i.periods.get(d.period);
      if (p === undefined) return;
      // The correction supersedes the value in force; the value it replaces stays listed, never counted.
      p.corrections.push({
        previousValue: d.previousValue,
        value: d.value,
        reason: d.reason,
        sourceReference: d.sourceReference,
        correctedBy: d.correctedBy,
        correctedOn: day,
      });
      p.value = d.value;
      p.sourceReference = d.sourceReference;
      p.meetsTarget = d.meetsTarget;
      p.breach = d.breach;
      return;
    }
    case 'IndicatorPeriodAnalysed': {
      const d = event.data;
      const p = i.periods.get(d.period);
      if (p === undefined) return;
      p.analysis = {
        conclusion: d.conclusion,
        breachExplanation: d.breachExplanation,
        analysedBy: d.analysedBy,
        analysedOn: day,
        value: d.value,
      };
      return;
    }
    case 'IndicatorRetired':
      i.retiredOn = day;
      i.retireReason = event.data.reason;
      return;
    default:
      return;
  }
};

/**
 * Folds one indicator event into the indicator records, in place: one record per period holding
 * the value in force, the corrections that superseded earlier values, and the period's analysis.
 * The status and what lapses come from core's `indicatorLifecycle` (a correction makes the
 * analysis of its period lapse).
 */
export const applyIndicatorEvent = (indicators: Map<string, IndicatorRecord>, event: IndicatorEvent): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'IndicatorDefined') {
    indicators.set(event.data.indicatorId, newIndicator(event, day));
    return;
  }
  const i = indicators.get(event.data.indicatorId);
  if (i === undefined) return;
  i.lastActivityOn = day;
  for (const fact of indicatorLifecycle.lapses(event)) lapse(i, fact, event);
  record(i, event, day);
  i.status = indicatorLifecycle.statusAfter(i.status, event);
};
