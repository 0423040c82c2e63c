import type { Actor } from '@mgmt-review/eventsourcing';

/**
 * The people of the sample organisation, as a host would name them to the library: a user id and
 * a role, never a name or an e-mail.
 */
export const people = {
  ceo: { id: 'u-ceo', role: 'ceo' },
  cfo: { id: 'u-cfo', role: 'cfo' },
  ciso: { id: 'u-ciso', role: 'ciso' },
  it: { id: 'u-it', role: 'itManager' },
  hr: { id: 'u-hr', role: 'hrManager' },
  ops: { id: 'u-ops', role: 'operationsManager' },
  dev: { id: 'u-dev', role: 'engineeringLead' },
  dpo: { id: 'u-dpo', role: 'dataProtectionOfficer' },
  audit: { id: 'u-audit', role: 'internalAuditor' },
} as const satisfies Record<string, Actor>;

/** Someone of the sample organisation, by key. */
export type PersonKey = keyof typeof people;
