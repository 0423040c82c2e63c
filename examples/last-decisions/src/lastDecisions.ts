import { askLastDecisions, type LastDecisions } from '@mgmt-review/auditor';
import { domainRegistry } from '@mgmt-review/core';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';

/**
 * "What was decided last time?", as the organisation knew it at the end of `day`: replays the
 * tenant's history recorded up to then, and gives the last review held, its decisions, and where
 * each decided action stood on that day.
 */
export const lastDecisionsAsOf = async (
  file: string,
  tenantId: string,
  day: string,
): Promise<LastDecisions | undefined> => {
  const store = createSqliteEventStore({ path: file, registry: domainRegistry });
  try {
    const asOf = { recordedAt: `${day}T23:59:59.999Z` };
    return await askLastDecisions(store.forTenant(tenantId), { asOf });
  } finally {
    await store.close();
  }
};
