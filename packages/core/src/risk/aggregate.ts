import { defineAggregate } from '../shared/aggregate.js';
import { riskCommandCodecs } from './commands.js';
import { riskDecider } from './decide.js';
import { riskEventDefinitions } from './events.js';
import { riskLifecycle } from './lifecycle.js';

/** An information-security risk, its assessment and treatment (6.1.2, 6.1.3, 8.2, 8.3): streams `risk-<riskId>`. */
export const riskAggregate = defineAggregate({
  name: 'risk',
  title: 'Risk (6.1.2, 6.1.3, 8.2, 8.3)',
  group: 'risks',
  category: 'risk',
  idOf: (data) => data.riskId,
  entityOf: (event) => event.data.riskId,
  events: riskEventDefinitions,
  commands: riskCommandCodecs,
  decider: () => riskDecider,
  lifecycle: riskLifecycle,
  statusOf: (state) => state.stage,
  verbs: {
    identify: { command: 'IdentifyRisk', generated: ['riskId'] },
    assess: { command: 'AssessRisk' },
    decideTreatment: { command: 'DecideTreatment' },
    approveTreatmentPlan: { command: 'ApproveTreatmentPlan' },
    linkTreatmentActions: { command: 'LinkTreatmentActions' },
    assessResidual: { command: 'AssessResidualRisk' },
    acceptResidual: { command: 'AcceptResidualRisk' },
    reassess: { command: 'ReassessRisk' },
    retire: { command: 'RetireRisk' },
  },
});
