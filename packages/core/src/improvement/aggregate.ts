import { defineAggregate } from '../shared/aggregate.js';
import { improvementCommandCodecs } from './commands.js';
import { improvementDecider } from './decide.js';
import { improvementEventDefinitions } from './events.js';
import { improvementLifecycle } from './lifecycle.js';

/**
 * An opportunity for continual improvement, from its logging to its realised benefit (10.1,
 * 9.3.2 g, 9.3.3): streams `improvement-<opportunityId>`. The improvement log is the view of them all.
 */
export const improvementAggregate = defineAggregate({
  name: 'improvement',
  title: 'ImprovementOpportunity (10.1, 9.3.2 g)',
  group: 'improvements',
  category: 'improvement',
  idOf: (data) => data.opportunityId,
  entityOf: (event) => event.data.opportunityId,
  events: improvementEventDefinitions,
  commands: improvementCommandCodecs,
  decider: () => improvementDecider,
  lifecycle: improvementLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    log: { command: 'LogImprovementOpportunity', generated: ['opportunityId'] },
    evaluate: { command: 'EvaluateImprovementOpportunity' },
    decide: { command: 'DecideImprovementOpportunity' },
    realise: { command: 'RealiseImprovementOpportunity' },
    close: { command: 'CloseImprovementOpportunity' },
  },
});
