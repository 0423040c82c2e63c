import { defineAggregate } from '../shared/aggregate.js';
import { interestedPartyCommandCodecs } from './commands.js';
import { interestedPartyDecider } from './decide.js';
import { interestedPartyEventDefinitions } from './events.js';
import { interestedPartyLifecycle } from './lifecycle.js';

/** An interested party and its requirements (4.2, Amd 1:2024): streams `interestedparty-<interestedPartyId>`. */
export const interestedPartyAggregate = defineAggregate({
  name: 'interestedParty',
  title: 'InterestedParty (4.2)',
  group: 'interestedParties',
  category: 'interestedparty',
  idOf: (data) => data.interestedPartyId,
  entityOf: (event) => event.data.interestedPartyId,
  events: interestedPartyEventDefinitions,
  commands: interestedPartyCommandCodecs,
  decider: () => interestedPartyDecider,
  lifecycle: interestedPartyLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    register: { command: 'RegisterInterestedParty', generated: ['interestedPartyId'] },
    recordRequirement: { command: 'RecordRequirement', generated: ['requirementId'] },
    changeRequirement: { command: 'ChangeRequirement' },
    withdrawRequirement: { command: 'WithdrawRequirement' },
  },
});
