import { addDays, meetsTarget, periodBounds, periodOf } from '@mgmt-review/core';
import type { IndicatorPlan } from './indicatorPlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/** One period of an indicator's plan: its value as recorded, its correction, and the days of each. */
export interface PlannedMeasurement {
  readonly period: string;
  readonly value: number;
  readonly recordedOn: string;
  readonly correction?: { readonly value: number; readonly reason: string; readonly on: string };
  readonly analysedOn: string;
}

/** The last day of a period. */
const lastDayOf = (period: string): string => {
  const bounds = periodBounds(period);
  if (bounds === undefined) throw new Error(`${period} names no period`);
  return bounds.to;
};

/** The measurements of an indicator's plan, period by period, with the days they are recorded and analysed. */
export const plannedMeasurements = (plan: IndicatorPlan): readonly PlannedMeasurement[] => {
  let period = plan.firstPeriod;
  return plan.values.map((value) => {
    const end = lastDayOf(period);
    const corrected = plan.corrections?.find((c) => c.period === period);
    const measurement: PlannedMeasurement = {
      period,
      value,
      recordedOn: addDays(end, 3),
      correction:
        corrected === undefined ? undefined : { value: corrected.value, reason: corrected.reason, on: addDays(end, 5) },
      analysedOn: addDays(end, 7),
    };
    period = periodOf(plan.frequency, addDays(end, 1));
    return measurement;
  });
};

/**
 * The value of an indicator's period as the organisation had it on `day`: the correction once it
 * is made, else the value recorded. Throws if the period is not measured by then — a citation of a
 * measurement the history does not hold is a mistake in the story.
 */
export const valueOn = (plan: IndicatorPlan, period: string, day: string): number => {
  const measured = plannedMeasurements(plan).find((m) => m.period === period);
  if (measured === undefined || measured.recordedOn > day) {
    throw new Error(`${plan.indicatorId} has no measurement of ${period} on ${day}`);
  }
  return measured.correction !== undefined && measured.correction.on <= day
    ? measured.correction.value
    : measured.value;
};

/** The analyst's conclusion on a value, against the target. */
const conclusionOf = (plan: IndicatorPlan, value: number): string =>
  meetsTarget(plan.direction, plan.target, value)
    ? `${value} ${plan.unit}: meets the target of ${plan.target} ${plan.unit}`
    : `${value} ${plan.unit}: short of the target of ${plan.target} ${plan.unit}, within the threshold`;

/**
 * The steps of one indicator: defined by the CISO; each period measured by its measurer three days
 * after it ends (a correction two days later, with its reason), and analysed by its analyst seven
 * days after it ends, a breach of the threshold explained; retired when the plan says.
 */
export const indicatorSteps = (plan: IndicatorPlan): readonly Step[] => {
  const indicatorId = plan.indicatorId;
  const measurer = people[plan.measuredBy];
  const analyst = people[plan.analysedBy];
  const indicator = recordSteps(indicatorId);
  indicator.add(plan.definedOn, '10:30', 'define', people.ciso, (t, o, at) =>
    t.indicators.define(
      {
        indicatorId,
        name: plan.name,
        subject: plan.subject,
        annexAControl: plan.annexAControl,
        method: plan.method,
        unit: plan.unit,
        direction: plan.direction,
        frequency: plan.frequency,
        measuredBy: measurer,
        analysedBy: analyst,
        target: plan.target,
        threshold: plan.threshold,
        at,
      },
      o,
    ),
  );
  for (const m of plannedMeasurements(plan)) {
    const period = m.period;
    const sourceReference = `${plan.source}/${period}`;
    indicator.add(m.recordedOn, '08:30', `measure-${period}`, measurer, (t, o, at) =>
      t.indicators.recordMeasurement({ indicatorId, period, value: m.value, sourceReference, at }, o),
    );
    const correction = m.correction;
    if (correction !== undefined) {
      indicator.add(correction.on, '11:00', `correct-${period}`, measurer, (t, o, at) =>
        t.indicators.correctMeasurement(
          {
            indicatorId,
            period,
            value: correction.value,
            reason: correction.reason,
            sourceReference: `${sourceReference}/corrected`,
            at,
          },
          o,
        ),
      );
    }
    const conclusion = conclusionOf(plan, correction?.value ?? m.value);
    const breachExplanation = plan.breachExplanations?.[period];
    indicator.add(m.analysedOn, '14:00', `analyse-${period}`, analyst, (t, o, at) =>
      t.indicators.analysePeriod({ indicatorId, period, conclusion, breachExplanation, at }, o),
    );
  }
  const retired = plan.retired;
  if (retired !== undefined) {
    indicator.add(retired.on, '16:00', 'retire', people.ciso, (t, o, at) =>
      t.indicators.retire({ indicatorId, reason: retired.reason, at }, o),
    );
  }
  return indicator.steps;
};
