import type { CitedMeasurement } from '@mgmt-review/core';
import type { IndicatorPlan } from './indicatorPlans.js';
import { valueOn } from './indicators.js';
import type { ObjectivePlan } from './objectivePlans.js';
import { people } from './people.js';
import { recordSteps, type Step } from './step.js';

/**
 * The steps of one objective: set by its owner; progress evaluated on the dates of the plan (a
 * measurable objective citing its indicator's value for the period, as the indicator held it that
 * day); revised with its reason; achieved, missed or withdrawn. The values cited are looked up in
 * `indicators`, so an objective never cites a value its indicator did not record.
 */
export const objectiveSteps = (plan: ObjectivePlan, indicators: readonly IndicatorPlan[]): readonly Step[] => {
  const objectiveId = plan.objectiveId;
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
  const objective = recordSteps(objectiveId);
  objective.add(plan.setOn, '11:00', 'set', owner, (t, o, at) =>
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
        at,
      },
      o,
    ),
  );
  for (const evaluation of plan.evaluations) {
    const measurement = cited(evaluation.period, evaluation.on);
    objective.add(evaluation.on, '15:00', `progress-${evaluation.on}`, owner, (t, o, at) =>
      t.objectives.evaluateProgress(
        { objectiveId, progress: evaluation.progress, comment: evaluation.comment, measurement, at },
        o,
      ),
    );
  }
  const revision = plan.revision;
  if (revision !== undefined) {
    objective.add(revision.on, '15:30', 'revise', owner, (t, o, at) =>
      t.objectives.revise({ objectiveId, reason: revision.reason, dueDate: revision.dueDate, at }, o),
    );
  }
  const outcome = plan.outcome;
  if (outcome === undefined) return objective.steps;
  switch (outcome.kind) {
    case 'achieved': {
      const measurement = cited(outcome.period, outcome.on);
      const evaluation =
        outcome.evaluation === undefined
          ? undefined
          : { conclusion: outcome.evaluation.conclusion, evidence: [...outcome.evaluation.evidence] };
      objective.add(outcome.on, '16:00', 'achieve', owner, (t, o, at) =>
        t.objectives.achieve({ objectiveId, measurement, evaluation, at }, o),
      );
      break;
    }
    case 'missed': {
      const measurement = cited(outcome.period, outcome.on);
      const evaluation = { conclusion: outcome.conclusion, evidence: [`dms://objectives/${objectiveId}/evaluation`] };
      objective.add(outcome.on, '16:00', 'miss', owner, (t, o, at) =>
        t.objectives.miss({ objectiveId, evaluation, followUp: outcome.followUp, measurement, at }, o),
      );
      break;
    }
    case 'withdrawn':
      objective.add(outcome.on, '16:00', 'withdraw', owner, (t, o, at) =>
        t.objectives.withdraw({ objectiveId, reason: outcome.reason, at }, o),
      );
      break;
  }
  return objective.steps;
};
