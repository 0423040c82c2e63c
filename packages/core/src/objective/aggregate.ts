import { defineAggregate } from '../shared/aggregate.js';
import { objectiveCommandCodecs } from './commands.js';
import { objectiveDecider } from './decide.js';
import { objectiveEventDefinitions } from './events.js';
import { objectiveLifecycle } from './lifecycle.js';

/** An information-security objective and its plan (6.2): streams `objective-<objectiveId>`. */
export const objectiveAggregate = defineAggregate({
  name: 'objective',
  title: 'Objective (6.2)',
  group: 'objectives',
  category: 'objective',
  idOf: (data) => data.objectiveId,
  entityOf: (event) => event.data.objectiveId,
  events: objectiveEventDefinitions,
  commands: objectiveCommandCodecs,
  decider: () => objectiveDecider,
  lifecycle: objectiveLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    set: { command: 'SetObjective', generated: ['objectiveId'] },
    revise: { command: 'ReviseObjective' },
    evaluateProgress: { command: 'EvaluateObjectiveProgress' },
    achieve: { command: 'AchieveObjective' },
    miss: { command: 'MissObjective' },
    withdraw: { command: 'WithdrawObjective' },
  },
});
