import { defineAggregate } from '../shared/aggregate.js';
import { nonConformityCommandCodecs } from './commands.js';
import { nonConformityDecider } from './decide.js';
import { nonConformityEventDefinitions } from './events.js';
import { nonConformityLifecycle } from './lifecycle.js';

/** A nonconformity and its corrective action (10.2): streams `nonconformity-<nonConformityId>`. */
export const nonConformityAggregate = defineAggregate({
  name: 'nonConformity',
  title: 'NonConformity (10.2)',
  group: 'nonConformities',
  category: 'nonconformity',
  idOf: (data) => data.nonConformityId,
  entityOf: (event) => event.data.nonConformityId,
  events: nonConformityEventDefinitions,
  commands: nonConformityCommandCodecs,
  decider: () => nonConformityDecider,
  lifecycle: nonConformityLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    raise: { command: 'RaiseNonConformity', generated: ['nonConformityId'] },
    recordCorrection: { command: 'RecordCorrection' },
    recordRootCause: { command: 'RecordRootCause' },
    assessSimilar: { command: 'AssessSimilarNonConformities' },
    planCorrectiveActions: { command: 'PlanCorrectiveActions' },
    decideNoCorrectiveAction: { command: 'DecideNoCorrectiveAction' },
    markImplemented: { command: 'MarkCorrectiveActionsImplemented' },
    verifyEffectiveness: { command: 'VerifyNonConformityEffectiveness' },
    recordIsmsChange: { command: 'RecordIsmsChange' },
    close: { command: 'CloseNonConformity' },
    reopen: { command: 'ReopenNonConformity' },
  },
});
