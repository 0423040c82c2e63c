import type { Decider, DomainError } from '@mgmt-review/eventsourcing';
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js';
import { meetsTarget } from '../indicator/target.js';
import { chronologyRule, lifecycleRule, mustExist, mustNotExist, notBeforeLast, refuse } from '../shared/rules.js';
import { dayOf } from '../shared/time.js';
import type { ObjectiveCommand, ObjectiveCommandData } from './commands.js';
import type { CitedMeasurement, ObjectiveEvent, ObjectiveTarget } from './events.js';
import {
  evolveObjective,
  initialObjectiveState,
  type Objective,
  type ObjectiveDefinition,
  objectiveDefinitionOf,
} from './state.js';

type Decided = Either<DomainError, readonly ObjectiveEvent[]>;

const one = (event: ObjectiveEvent): Decided => right([event]);

const directionWords = (target: ObjectiveTarget): string =>
  target.direction === 'lowerIsBetter' ? 'at most' : 'at least';

/** 6.2 b: measurable where practicable — and then on a target; otherwise judged by stated criteria. */
const targetOrCriteria = (): Decided =>
  refuse(
    '6.2 b',
    'an objective has a target on an indicator (measurable) or, where it is not measurable, its fulfilmentCriteria: one of the two',
  );

const measurableOrJudged = (definition: Partial<ObjectiveDefinition>): Decided | undefined =>
  (definition.target === undefined) === (definition.fulfilmentCriteria === undefined) ? targetOrCriteria() : undefined;

const dueNotPast = (dueDate: string, at: string): Decided | undefined =>
  dueDate < dayOf(at) ? refuse(chronologyRule, `the due date ${dueDate} is before ${dayOf(at)}`) : undefined;

/**
 * Checks a cited measurement against the objective: a measurable objective is evaluated on its own
 * indicator (6.2 b), and one that is not measurable has no indicator to cite. Returns whether the
 * measurement meets the target, or the refusal.
 */
const citation = (
  target: ObjectiveTarget | undefined,
  measurement: CitedMeasurement | undefined,
): Either<DomainError, boolean | undefined> => {
  if (measurement === undefined) return right(undefined);
  if (target === undefined) {
    return refuse(
      '6.2 b',
      'the objective is not measurable: it is judged by its fulfilment criteria, not a measurement',
    );
  }
  if (measurement.indicatorId !== target.indicatorId) {
    return refuse(
      '6.2 b',
      `the objective is measured by indicator ${target.indicatorId}, not ${measurement.indicatorId}`,
    );
  }
  return right(meetsTarget(target.direction, target.value, measurement.value));
};

/** The definition a revision leaves: the fields it names replace the current ones. */
const revised = (current: ObjectiveDefinition, d: ObjectiveCommandData<'ReviseObjective'>): ObjectiveDefinition => {
  const measurable = d.target !== undefined ? true : d.fulfilmentCriteria !== undefined ? false : undefined;
  return {
    statement: d.statement ?? current.statement,
    policyReference: d.policyReference ?? current.policyReference,
    owner: d.owner ?? current.owner,
    plan: d.plan ?? current.plan,
    dueDate: d.dueDate ?? current.dueDate,
    target: measurable === false ? undefined : (d.target ?? current.target),
    fulfilmentCriteria: measurable === true ? undefined : (d.fulfilmentCriteria ?? current.fulfilmentCriteria),
    requirements: d.requirements ?? current.requirements,
  };
};

const revisable = [
  'statement',
  'policyReference',
  'owner',
  'plan',
  'dueDate',
  'target',
  'fulfilmentCriteria',
  'requirements',
] as const;

const decideSet = (command: ObjectiveCommand, state: Objective, definition: ObjectiveDefinition): Decided => {
  const objectiveId = state.objectiveId;
  switch (command.type) {
    case 'SetObjective':
      return refuse(lifecycleRule, 'the objective already exists');
    case 'ReviseObjective': {
      const d = command.data;
      if (revisable.every((field) => d[field] === undefined)) {
        return refuse(lifecycleRule, `a revision names what changes: one of ${revisable.join(', ')}`);
      }
      if (d.target !== undefined && d.fulfilmentCriteria !== undefined) return targetOrCriteria();
      const refused = d.dueDate === undefined ? undefined : dueNotPast(d.dueDate, d.at);
      if (refused !== undefined) return refused;
      const next = revised(definition, d);
      return one({ type: 'ObjectiveRevised', data: { objectiveId, reason: d.reason, ...next, at: d.at } });
    }
    case 'EvaluateObjectiveProgress': {
      const d = command.data;
      // 6.2 d: a measurable objective is monitored on its indicator's measurements.
      if (definition.target !== undefined && d.measurement === undefined) {
        return refuse(
          '6.2 d',
          `the progress of a measurable objective cites a measurement of ${definition.target.indicatorId}`,
        );
      }
      const cited = citation(definition.target, d.measurement);
      if (isLeft(cited)) return cited;
      return one({
        type: 'ObjectiveProgressEvaluated',
        data: {
          objectiveId,
          progress: d.progress,
          comment: d.comment,
          evaluatedBy: command.actor.id,
          measurement: d.measurement,
          meetsTarget: cited.right,
          at: d.at,
        },
      });
    }
    case 'AchieveObjective': {
      const d = command.data;
      const target = definition.target;
      if (target !== undefined && d.measurement === undefined) {
        return refuse(
          '6.2 b',
          `a measurable objective is achieved on a measurement of ${target.indicatorId} that meets its target`,
        );
      }
      if (target === undefined && d.evaluation === undefined) {
        return refuse(
          '6.2 l',
          'an objective that is not measurable is achieved on the evaluation of its fulfilment criteria',
        );
      }
      const cited = citation(target, d.measurement);
      if (isLeft(cited)) return cited;
      if (cited.right === false && target !== undefined && d.measurement !== undefined) {
        return refuse(
          '6.2 b',
          `${d.measurement.value} (${d.measurement.period}) does not meet the target: ${directionWords(target)} ${target.value}`,
        );
      }
      return one({
        type: 'ObjectiveAchieved',
        data: {
          objectiveId,
          achievedBy: command.actor.id,
          measurement: d.measurement,
          evaluation: d.evaluation,
          at: d.at,
        },
      });
    }
    case 'MissObjective': {
      const d = command.data;
      const cited = citation(definition.target, d.measurement);
      if (isLeft(cited)) return cited;
      if (cited.right === true) {
        return refuse('6.2 b', 'the cited measurement meets the target: the objective is achieved, not missed');
      }
      return one({
        type: 'ObjectiveMissed',
        data: { objectiveId, evaluation: d.evaluation, followUp: d.followUp, measurement: d.measurement, at: d.at },
      });
    }
    case 'WithdrawObjective':
      return one({
        type: 'ObjectiveWithdrawn',
        data: { objectiveId, reason: command.data.reason, at: command.data.at },
      });
  }
};

/** The objective decider (6.2). */
export const objectiveDecider: Decider<ObjectiveCommand, Objective, ObjectiveEvent, DomainError> = {
  initialState: initialObjectiveState,
  evolve: evolveObjective,
  decide: (command, state) => {
    const exists = state.status !== 'none';
    const existence =
      command.type === 'SetObjective' ? mustNotExist(exists, 'the objective') : mustExist(exists, 'the objective');
    if (isLeft(existence)) return existence;
    const chronology = notBeforeLast(command.data.at, state.lastAt);
    if (isLeft(chronology)) return chronology;
    if (command.type !== 'SetObjective') {
      if (state.status !== 'set' || state.definition === undefined) {
        return refuse(lifecycleRule, `the objective is ${state.status}; set a new objective to pursue it again`);
      }
      return decideSet(command, state, state.definition);
    }
    const d = command.data;
    const refused = measurableOrJudged(d) ?? dueNotPast(d.dueDate, d.at);
    if (refused !== undefined) return refused;
    return one({
      type: 'ObjectiveSet',
      data: { objectiveId: d.objectiveId, ...objectiveDefinitionOf(d), at: d.at },
    });
  },
};
