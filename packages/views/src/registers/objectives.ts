import { dayOf, type ObjectiveEvent, type ObjectiveFact, objectiveLifecycle } from '@mgmt-review/core';
import type { CitedMeasurementRecord, ObjectiveRecord } from '../performanceRecords.js';

type Definition = Extract<ObjectiveEvent, { type: 'ObjectiveSet' | 'ObjectiveRevised' }>['data'];

/** A copy of a cited measurement (the register's, or a row's): indicator, period, value. */
export const citedMeasurementOf = (m: CitedMeasurementRecord | undefined): CitedMeasurementRecord | undefined =>
  m === undefined ? undefined : { indicatorId: m.indicatorId, period: m.period, value: m.value };

/** Writes what the objective is, as set or revised (6.2 a–c, k), into its record. */
const define = (o: ObjectiveRecord, d: Definition): void => {
  o.statement = d.statement;
  o.policyReference = d.policyReference;
  o.ownerId = d.owner.id;
  o.target =
    d.target === undefined
      ? undefined
      : { indicatorId: d.target.indicatorId, value: d.target.value, direction: d.target.direction };
  o.fulfilmentCriteria = d.fulfilmentCriteria;
  o.dueDate = d.dueDate;
};

const newObjective = (event: Extract<ObjectiveEvent, { type: 'ObjectiveSet' }>, day: string): ObjectiveRecord => {
  const o: ObjectiveRecord = {
    objectiveId: event.data.objectiveId,
    status: objectiveLifecycle.statusAfter(objectiveLifecycle.initial, event),
    statement: '',
    policyReference: '',
    ownerId: '',
    setOn: day,
    target: undefined,
    fulfilmentCriteria: undefined,
    dueDate: '',
    revisions: 0,
    lastRevisionReason: undefined,
    progress: undefined,
    outcome: undefined,
    lastActivityOn: day,
  };
  define(o, event.data);
  return o;
};

/** Clears the fields of the register that record a fact of the objective that lapsed. */
const lapse = (o: ObjectiveRecord, fact: ObjectiveFact): void => {
  switch (fact) {
    case 'progress':
      o.progress = undefined;
      return;
  }
};

/** What the register records of each event beyond the status and what lapses. */
const record = (o: ObjectiveRecord, event: ObjectiveEvent, day: string): void => {
  switch (event.type) {
    case 'ObjectiveRevised':
      define(o, event.data);
      o.revisions += 1;
      o.lastRevisionReason = event.data.reason;
      return;
    case 'ObjectiveProgressEvaluated': {
      const d = event.data;
      o.progress = {
        progress: d.progress,
        comment: d.comment,
        evaluatedOn: day,
        evaluatedBy: d.evaluatedBy,
        measurement: citedMeasurementOf(d.measurement),
        meetsTarget: d.meetsTarget,
      };
      return;
    }
    case 'ObjectiveAchieved': {
      const d = event.data;
      o.outcome = {
        on: day,
        reason: d.evaluation?.conclusion,
        measurement: citedMeasurementOf(d.measurement),
        followUp: undefined,
      };
      return;
    }
    case 'ObjectiveMissed': {
      const d = event.data;
      o.outcome = {
        on: day,
        reason: d.evaluation.conclusion,
        measurement: citedMeasurementOf(d.measurement),
        followUp: d.followUp,
      };
      return;
    }
    case 'ObjectiveWithdrawn':
      o.outcome = { on: day, reason: event.data.reason, measurement: undefined, followUp: undefined };
      return;
    default:
      return;
  }
};

/**
 * Folds one objective event into the objective records, in place. The status and what lapses come
 * from core's `objectiveLifecycle` (a revision makes the latest evaluation of progress lapse); the
 * register adds the definition in force, the evaluation, and the day and reason of the outcome.
 */
export const applyObjectiveEvent = (objectives: Map<string, ObjectiveRecord>, event: ObjectiveEvent): void => {
  const day = dayOf(event.data.at);
  if (event.type === 'ObjectiveSet') {
    objectives.set(event.data.objectiveId, newObjective(event, day));
    return;
  }
  const o = objectives.get(event.data.objectiveId);
  if (o === undefined) return;
  o.lastActivityOn = day;
  for (const fact of objectiveLifecycle.lapses(event)) lapse(o, fact);
  record(o, event, day);
  o.status = objectiveLifecycle.statusAfter(o.status, event);
};
