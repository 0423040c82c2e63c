import type { Actor } from '@mgmt-review/eventsourcing';

/** People of the sample organisation: host user ids with a role, never names. */
export const people = {
  ceo: { id: 'u-ceo', role: 'ceo' },
  ciso: { id: 'u-ciso', role: 'ciso' },
  itLead: { id: 'u-it', role: 'itLead' },
  hrLead: { id: 'u-hr', role: 'hrLead' },
  auditor: { id: 'u-audit', role: 'internalAuditor' },
} as const satisfies Record<string, Actor>;
