import { dayOf, type ObjectiveEvent, type ObjectiveFact, objectiveLifecycle } from '@mgmt-review/core';
import type { RecordedEvent } from '@mgmt-review/eventsourcing';
import { type Evidence, evidenceOf } from './evidence.js';
import { recordedStatus } from './recordedStatus.js';
import type { AuditorState, ObjectiveRecord } from './state.js';

const statusAfter = recordedStatus(objectiveLifecycle, 'none');

/** Clears the evidence of a fact of the objective that lapsed. */
const lapse = (objective: ObjectiveRecord, fact: ObjectiveFact): void => {
  switch (fact) {
    case 'progress':
      objective.progress = undefined;
      return;
  }
};

/** The definition, evaluations and end each event records, beyond the status and what lapses. */
const record = (objective: ObjectiveRecord, event: RecordedEvent<ObjectiveEvent>, evidence: Evidence): void => {
  switch (event.type) {
    case 'ObjectiveRevised': {
      const d = event.data;
      objective.statement = d.statement;
      objective.ownerId = d.owner.id;
      objective.target = d.target;
      objective.fulfilmentCriteria = d.fulfilmentCriteria;
      objective.dueDate = d.dueDate;
      objective.revised = evidence;
      return;
    }
    case 'ObjectiveProgressEvaluated':
      objective.progress = {
        progress: event.data.progress,
        day: dayOf(event.data.at),
        meetsTarget: event.data.meetsTarget,
        evidence,
      };
      objective.evaluations += 1;
      return;
    case 'ObjectiveAchieved':
    case 'ObjectiveMissed':
    case 'ObjectiveWithdrawn':
      objective.ended = { day: dayOf(event.data.at), evidence };
      return;
    default:
      return;
  }
};

/**
 * Folds one objective event into the auditor's state (in place). The status and what lapses come
 * from the objective's life cycle (a revision makes the latest evaluation of progress lapse); the
 * auditor adds the evidence of each fact.
 */
export const applyObjectiveEvent = (state: AuditorState, event: RecordedEvent<ObjectiveEvent>): void => {
  const evidence = evidenceOf(event);
  if (event.type === 'ObjectiveSet') {
    const d = event.data;
    state.objectives.set(d.objectiveId, {
      objectiveId: d.objectiveId,
      set: evidence,
      status: statusAfter(objectiveLifecycle.initial, event),
      statement: d.statement,
      ownerId: d.owner.id,
      target: d.target,
      fulfilmentCriteria: d.fulfilmentCriteria,
      dueDate: d.dueDate,
      revised: undefined,
      progress: undefined,
      evaluations: 0,
      ended: undefined,
    });
    return;
  }
  const objective = state.objectives.get(event.data.objectiveId);
  if (objective === undefined) return;
  for (const fact of objectiveLifecycle.lapses(event)) lapse(objective, fact);
  record(objective, event, evidence);
  objective.status = statusAfter(objective.status, event);
};
