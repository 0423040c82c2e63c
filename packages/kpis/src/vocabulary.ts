import type { NonConformitySource, Severity } from '@mgmt-review/core';

/** The severities a breakdown lists, most severe first. */
export const severities: readonly Severity[] = ['major', 'minor', 'observation'];

/** The sources a breakdown lists. */
export const nonConformitySources: readonly NonConformitySource[] = [
  'internalAudit',
  'externalAudit',
  'incident',
  'monitoring',
  'managementReview',
  'selfIdentified',
];
