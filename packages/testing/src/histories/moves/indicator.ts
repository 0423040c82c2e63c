import { type Direction, type Frequency, type Indicator, periodBounds, periodOf } from '@mgmt-review/core';
import { ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';

/** An indicator of a random history: how it is defined, and the values its measurements take. */
export interface IndicatorProfile {
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: string;
  readonly annexAControl: string;
  readonly frequency: Frequency;
  readonly direction: Direction;
  readonly target: number;
  readonly threshold: number;
  /** The value measured for a step's random choice: some meet the target, some breach the threshold. */
  readonly valueOf: (choice: number) => number;
}

/** A monthly indicator (lower is better) and a quarterly one (higher is better). */
export const INDICATORS: readonly IndicatorProfile[] = [
  {
    indicatorId: 'ind-incidents',
    name: 'security incidents per month',
    unit: 'incidents',
    annexAControl: 'A.5.24',
    frequency: 'monthly',
    direction: 'lowerIsBetter',
    target: 4,
    threshold: 8,
    valueOf: (c) => c % 12,
  },
  {
    indicatorId: 'ind-training',
    name: 'staff who completed the awareness course',
    unit: '%',
    annexAControl: 'A.6.3',
    frequency: 'quarterly',
    direction: 'higherIsBetter',
    target: 90,
    threshold: 70,
    valueOf: (c) => 55 + (c % 46),
  },
];

/** The measurer records and corrects; the analyst analyses (9.1 d, f). */
const measurer = owners[0];
const analyst = ciso;

/** The period before the one `today` falls in: the latest that has ended, so the one to measure now. */
const endedPeriod = (frequency: Frequency, today: string): string => {
  const current = periodBounds(periodOf(frequency, today))!;
  return periodOf(frequency, day(Date.parse(`${current.from}T00:00:00Z`), -1));
};

/**
 * Moves an indicator one command along (9.1): define it; then, period by period, record the value
 * of the period that has just ended, analyse the periods measured (explaining a breach), correct a
 * value now and then (which reopens its period's analysis), and, rarely, retire it.
 */
export const moveIndicator = async (step: MoveStep, profile: IndicatorProfile): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const { indicatorId } = profile;
  const i = await stateOf<Indicator>(t.indicators.load(indicatorId));
  if (i.status === 'retired') return;
  if (i.status === 'none') {
    await t.indicators.define(
      {
        indicatorId,
        name: profile.name,
        subject: { kind: 'control', name: profile.name },
        annexAControl: profile.annexAControl,
        method: `${profile.name}, counted from the ticket system`,
        unit: profile.unit,
        direction: profile.direction,
        frequency: profile.frequency,
        measuredBy: measurer,
        analysedBy: analyst,
        target: profile.target,
        threshold: profile.threshold,
        at,
      },
      { actor: ciso },
    )();
    return;
  }
  const periods = Object.keys(i.measurements).sort();
  const due = endedPeriod(profile.frequency, day(now));
  const unanalysed = periods.filter((p) => !i.analysedPeriods.includes(p));
  if (periods.length >= 3 && c % 23 === 0) {
    await t.indicators.retire({ indicatorId, reason: 'replaced by a better indicator', at }, { actor: ciso })();
  } else if (i.measurements[due] === undefined && c % 6 !== 0) {
    await t.indicators.recordMeasurement(
      { indicatorId, period: due, value: profile.valueOf(c), sourceReference: `report ${due}`, at },
      { actor: measurer },
    )();
  } else if (periods.length > 0 && c % 5 === 0) {
    const period = periods[(c >> 3) % periods.length]!;
    const before = i.measurements[period]!;
    await t.indicators.correctMeasurement(
      {
        indicatorId,
        period,
        value: profile.valueOf(c >> 2),
        reason: 'tickets reclassified after the count',
        sourceReference: `report ${period}, correction ${before.corrections + 1}`,
        at,
      },
      { actor: measurer },
    )();
  } else if (unanalysed.length > 0) {
    const period = unanalysed[0]!;
    await t.indicators.analysePeriod(
      {
        indicatorId,
        period,
        conclusion: 'in line with the trend of the year',
        breachExplanation: i.measurements[period]!.breach ? 'a phishing wave hit the sales team' : undefined,
        at,
      },
      { actor: analyst },
    )();
  }
};
