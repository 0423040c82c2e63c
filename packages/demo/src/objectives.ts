import type { CitedMeasurement } from '@mgmt-review/core';
import { at } from './calendar.js';
import type { IndicatorPlan } from './indicatorPlans.js';
import { valueOn } from './indicators.js';
import type { ObjectivePlan } from './objectivePlans.js';
import { people } from './people.js';
import { type Step, step } from './step.js';

/**
 * The steps of one objective: set by its owner; progress evaluated on the dates of the plan (a
 * measurable objective citing its indicator's value for the period, as the indicator held it that
 * day); revised with its reason; achieved, missed or withdrawn. The values cited are looked up in
 * `indicators`, so an objective never cites a value its indicator did not record.
 */
export const objectiveSteps = (plan: ObjectivePlan, indicators: readonly IndicatorPlan[]): readonly Step[] => {
  const objectiveId = plan.objectiveId;
  const key = (what: string) => `${objectiveId}:${what}`;
  const owner = people[plan.owner];
  const indicator =
    plan.target === undefined ? undefined : indicators.find((i) => i.indicatorId === plan.target?.indicatorId);
  if (plan.target !== undefined && indicator === undefined) {
    throw new Error(`${objectiveId} is measured on ${plan.target.indicatorId}, which the story does not define`);
  }
  /** The measurement of `period` as it stood on `day`, if the objective is measurable. */
  const cited = (period: string | undefined, day: string): CitedMeasurement | undefined => {
    if (indicator === undefined || period === undefined) return undefined;
    return { indicatorId: indicator.indicatorId, period, value: valueOn(indicator, period, day) };
  };
  const set = at(plan.setOn, '11:00');
  const steps: Step[] = [
    step(set, key('set'), owner, (t, o) =>
      t.objectives.set(
        {
          objectiveId,
          statement: plan.statement,
          policyReference: plan.policyReference,
          owner,
          plan: { ...plan.plan, responsible: people[plan.plan.responsible] },
          dueDate: plan.dueDate,
          target:
            plan.target === undefined || indicator === undefined
              ? undefined
              : { indicatorId: indicator.indicatorId, value: plan.target.value, direction: indicator.direction },
          fulfilmentCriteria: plan.fulfilmentCriteria,
          requirements: plan.requirements === undefined ? undefined : [...plan.requirements],
          at: set,
        },
        o,
      ),
    ),
  ];
  for (const evaluation of plan.evaluations) {
    const when = at(evaluation.on, '15:00');
    const measurement = cited(evaluation.period, evaluation.on);
    steps.push(
      step(when, key(`progress-${evaluation.on}`), owner, (t, o) =>
        t.objectives.evaluateProgress(
          { objectiveId, progress: evaluation.progress, comment: evaluation.comment, measurement, at: when },
          o,
        ),
      ),
    );
  }
  const revision = plan.revision;
  if (revision !== undefined) {
    const when = at(revision.on, '15:30');
    steps.push(
      step(when, key('revise'), owner, (t, o) =>
        t.objectives.revise({ objectiveId, reason: revision.reason, dueDate: revision.dueDate, at: when }, o),
      ),
    );
  }
  const outcome = plan.outcome;
  if (outcome === undefined) return steps;
  const when = at(outcome.on, '16:00');
  switch (outcome.kind) {
    case 'achieved': {
      const measurement = cited(outcome.period, outcome.on);
      const evaluation =
        outcome.evaluation === undefined
          ? undefined
          : { conclusion: outcome.evaluation.conclusion, evidence: [...outcome.evaluation.evidence] };
      steps.push(
        step(when, key('achieve'), owner, (t, o) =>
          t.objectives.achieve({ objectiveId, measurement, evaluation, at: when }, o),
        ),
      );
      break;
    }
    case 'missed': {
      const measurement = cited(outcome.period, outcome.on);
      steps.push(
        step(when, key('miss'), owner, (t, o) =>
          t.objectives.miss(
            {
              objectiveId,
              evaluation: { conclusion: outcome.conclusion, evidence: [`dms://objectives/${objectiveId}/evaluation`] },
              followUp: outcome.followUp,
              measurement,
              at: when,
            },
            o,
          ),
        ),
      );
      break;
    }
    case 'withdrawn':
      steps.push(
        step(when, key('withdraw'), owner, (t, o) =>
          t.objectives.withdraw({ objectiveId, reason: outcome.reason, at: when }, o),
        ),
      );
      break;
  }
  return steps;
};
