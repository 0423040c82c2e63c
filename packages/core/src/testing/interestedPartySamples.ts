import type { InterestedPartyCommand } from '../index.js';
import { people } from './people.js';
import { minute } from './samples.js';
import { typedCommand } from './typedCommand.js';

const party = typedCommand<InterestedPartyCommand>();

/** An interested party's happy path (4.2): registered, two requirements, one changed, one withdrawn. */
export const interestedPartySamples = (interestedPartyId = 'ip-bank') => ({
  register: party('RegisterInterestedParty', people.ciso, {
    interestedPartyId,
    name: 'Major customer: a retail bank',
    kind: 'customer',
    relevance: 'our largest contract; audits our controls every year',
    at: minute(0, '2026-01-10'),
  }),
  recordAddressed: party('RecordRequirement', people.ciso, {
    interestedPartyId,
    requirementId: 'req-conf',
    need: 'customer data stays confidential: encrypted at rest',
    source: 'master services agreement §12',
    climateRelated: false,
    addressedBy: [{ kind: 'control', reference: 'A.8.24' }],
    at: minute(0, '2026-01-11'),
  }),
  recordNotAddressed: party('RecordRequirement', people.ciso, {
    interestedPartyId,
    requirementId: 'req-carbon',
    need: 'report the carbon footprint of the hosted services',
    source: 'supplier questionnaire 2026',
    climateRelated: true,
    notAddressedReason: 'outside the ISMS scope: the sustainability report answers it',
    at: minute(0, '2026-01-12'),
  }),
  change: party('ChangeRequirement', people.ciso, {
    interestedPartyId,
    requirementId: 'req-conf',
    reason: 'a new confidentiality clause in the 2026 contract',
    need: 'customer data encrypted at rest and in transit, with keys the customer holds',
    addressedBy: [
      { kind: 'control', reference: 'A.8.24' },
      { kind: 'policy', reference: 'POL-CRYPTO v2' },
    ],
    at: minute(0, '2026-03-05'),
  }),
  withdraw: party('WithdrawRequirement', people.ciso, {
    interestedPartyId,
    requirementId: 'req-carbon',
    reason: 'the customer dropped the questionnaire',
    at: minute(0, '2026-04-01'),
  }),
});
