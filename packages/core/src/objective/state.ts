import type { Person } from '../shared/codecs.js';
import type { ObjectiveEvent, ObjectivePlan, ObjectiveTarget, Progress } from './events.js';
import { type ObjectiveFact, type ObjectiveStatus, objectiveLifecycle } from './lifecycle.js';

/** What an objective is, as set or last revised (6.2): exactly one of `target` and `fulfilmentCriteria`. */
export interface ObjectiveDefinition {
  readonly statement: string;
  readonly policyReference: string;
  readonly owner: Person;
  readonly plan: ObjectivePlan;
  readonly dueDate: string;
  readonly target?: ObjectiveTarget;
  readonly fulfilmentCriteria?: string;
  readonly requirements?: string[];
}

/** The latest evaluation of progress (6.2 d). */
export interface ProgressEvaluation {
  readonly progress: Progress;
  /** Whether the measurement it cited met the target; absent for an objective that is not measurable. */
  readonly meetsTarget: boolean | undefined;
  readonly at: string;
}

/** An objective as its decider sees it. */
export interface Objective {
  readonly status: ObjectiveStatus;
  readonly objectiveId: string;
  /** As set, or as last revised. */
  readonly definition: ObjectiveDefinition | undefined;
  /** Lapses with a revision, as `objectiveLifecycle` says. */
  readonly progress: ProgressEvaluation | undefined;
  readonly revisions: number;
  readonly lastAt: string | undefined;
}

export const initialObjectiveState: Objective = {
  status: objectiveLifecycle.initial,
  objectiveId: '',
  definition: undefined,
  progress: undefined,
  revisions: 0,
  lastAt: undefined,
};

/** The definition fields of a command's or an event's data, and nothing else. */
export const objectiveDefinitionOf = (d: ObjectiveDefinition): ObjectiveDefinition => ({
  statement: d.statement,
  policyReference: d.policyReference,
  owner: d.owner,
  plan: d.plan,
  dueDate: d.dueDate,
  target: d.target,
  fulfilmentCriteria: d.fulfilmentCriteria,
  requirements: d.requirements,
});

/** What each event records, beyond the status and what lapses. */
const recorded = (s: Objective, event: ObjectiveEvent): Objective => {
  switch (event.type) {
    case 'ObjectiveSet':
      return {
        ...initialObjectiveState,
        objectiveId: event.data.objectiveId,
        definition: objectiveDefinitionOf(event.data),
      };
    case 'ObjectiveRevised':
      return { ...s, definition: objectiveDefinitionOf(event.data), revisions: s.revisions + 1 };
    case 'ObjectiveProgressEvaluated': {
      const d = event.data;
      return { ...s, progress: { progress: d.progress, meetsTarget: d.meetsTarget, at: d.at } };
    }
    case 'ObjectiveAchieved':
    case 'ObjectiveMissed':
    case 'ObjectiveWithdrawn':
      return s;
  }
};

const lapse = (s: Objective, fact: ObjectiveFact): Objective => {
  switch (fact) {
    case 'progress':
      return { ...s, progress: undefined };
  }
};

/** Applies one event of the objective's history: what lapses first, then what the event records. */
export const evolveObjective = (state: Objective, event: ObjectiveEvent): Objective => {
  let s = state;
  for (const fact of objectiveLifecycle.lapses(event)) s = lapse(s, fact);
  s = recorded(s, event);
  return { ...s, status: objectiveLifecycle.statusAfter(state.status, event), lastAt: event.data.at };
};
