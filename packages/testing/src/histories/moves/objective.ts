import { type Indicator, meetsTarget, type Objective } from '@mgmt-review/core';
import { INDICATORS, type IndicatorProfile } from './indicator.js';
import { ciso, day, type MoveStep, owners, stateOf } from './moveStep.js';

/** An objective of a random history: measured by one of the history's indicators, or judged by its criteria. */
export interface ObjectiveProfile {
  readonly objectiveId: string;
  readonly statement: string;
  readonly indicator: IndicatorProfile | undefined;
}

/** Two measurable objectives, one on each indicator, and one judged by its fulfilment criteria. */
export const OBJECTIVES: readonly ObjectiveProfile[] = [
  { objectiveId: 'obj-incidents', statement: 'fewer security incidents', indicator: INDICATORS[0] },
  { objectiveId: 'obj-training', statement: 'every employee trained', indicator: INDICATORS[1] },
  { objectiveId: 'obj-roles', statement: 'security roles in every job description', indicator: undefined },
];

const plan = (c: number) => ({
  activities: 'phishing simulations each quarter; the awareness course for every employee',
  resources: 'two days of the security team a month',
  responsible: owners[c % 2]!,
  resultsEvaluation: 'reviewed each quarter by the security committee',
});

const evaluation = { conclusion: 'judged against the plan', evidence: ['security committee minutes'] };

/** The indicator's latest measurement, as the objective cites it. */
const latestMeasurement = (indicator: Indicator) => {
  const period = Object.keys(indicator.measurements).sort().at(-1);
  return period === undefined
    ? undefined
    : { indicatorId: indicator.indicatorId, period, value: indicator.measurements[period]!.value };
};

/**
 * Moves an objective one command along (6.2): set it; then revise it now and then, evaluate its
 * progress citing its indicator's latest measurement, achieve it once a measurement meets its
 * target, miss it once it is past due without, or withdraw it. One judged by its criteria is
 * evaluated, achieved and missed on an evaluation instead.
 */
export const moveObjective = async (step: MoveStep, profile: ObjectiveProfile): Promise<void> => {
  const { t, choice: c, at, now } = step;
  const { objectiveId, indicator } = profile;
  const o = await stateOf<Objective>(t.objectives.load(objectiveId));
  const by = { actor: ciso };
  if (o.status === 'none') {
    await t.objectives.set(
      {
        objectiveId,
        statement: profile.statement,
        policyReference: 'information security policy v4',
        owner: ciso,
        target:
          indicator === undefined
            ? undefined
            : { indicatorId: indicator.indicatorId, value: indicator.target, direction: indicator.direction },
        fulfilmentCriteria: indicator === undefined ? 'the HR lead confirms every job description' : undefined,
        plan: plan(c),
        dueDate: day(now, 90 + (c % 270)),
        requirements: c % 2 === 0 ? ['risk risk-1: phishing leads to account takeover'] : undefined,
        at,
      },
      by,
    )();
    return;
  }
  const definition = o.definition;
  if (o.status !== 'set' || definition === undefined) return;
  const pastDue = definition.dueDate < day(now);
  if (c % 19 === 0) {
    await t.objectives.withdraw({ objectiveId, reason: 'the process moved to the group', at }, by)();
    return;
  }
  if (c % 7 === 0) {
    const target = definition.target;
    await t.objectives.revise(
      target === undefined || c % 2 === 0
        ? { objectiveId, reason: 'the plan slipped', dueDate: day(now, 60 + (c % 120)), at }
        : {
            objectiveId,
            reason: 'the baseline was not as estimated',
            target: { ...target, value: target.value + ((c >> 3) % 3) - 1 },
            at,
          },
      by,
    )();
    return;
  }
  const target = definition.target;
  if (target === undefined) {
    if (c % 4 === 0) await t.objectives.achieve({ objectiveId, evaluation, at }, by)();
    else if (pastDue)
      await t.objectives.miss({ objectiveId, evaluation, followUp: 'set again for next year', at }, by)();
    else await t.objectives.evaluateProgress({ objectiveId, progress: 'onTrack', comment: 'on plan', at }, by)();
    return;
  }
  const measurement = latestMeasurement(await stateOf<Indicator>(t.indicators.load(target.indicatorId)));
  if (measurement === undefined) return;
  const met = meetsTarget(target.direction, target.value, measurement.value);
  if (met && c % 3 === 0) await t.objectives.achieve({ objectiveId, measurement, at }, by)();
  else if (!met && pastDue)
    await t.objectives.miss(
      { objectiveId, evaluation, followUp: 'a new objective with a quarterly target', measurement, at },
      by,
    )();
  else
    await t.objectives.evaluateProgress(
      {
        objectiveId,
        progress: met ? 'onTrack' : c % 2 === 0 ? 'atRisk' : 'offTrack',
        comment: 'as measured',
        measurement,
        at,
      },
      by,
    )();
};
