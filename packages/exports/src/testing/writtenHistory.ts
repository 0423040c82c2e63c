import { createManagementReview, domainRegistry, type TenantPromiseHandles } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds } from '@mgmt-review/eventsourcing';
import { type ExportState, exportStateAsOf } from '../exportState.js';

/** The export state of a history written by `write` through the domain's commands, tenant `acme`, in memory. */
export const writtenHistory = async (write: (t: TenantPromiseHandles) => Promise<void>): Promise<ExportState> => {
  const clock = { now: () => '2026-05-01T09:00:00.000Z' };
  const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
  await write(createManagementReview({ store, clock, ids: sequentialIds('cmd') }).forTenantAsync('acme'));
  return exportStateAsOf(store.forTenant('acme'));
};

/**
 * A history of one action per entry, raised on 2026-05-01, due 2026-06-30, with the entry's key as
 * id and its value as title.
 */
export const actionsTitled = (titles: Readonly<Record<string, string>>): Promise<ExportState> =>
  writtenHistory(async (t) => {
    for (const [actionId, title] of Object.entries(titles)) {
      await t.actions.raise(
        {
          actionId,
          origin: 'reviewDecision',
          originId: 'r1',
          decisionId: 'r1-d1',
          title,
          owner: { id: 'u-it', role: 'itLead' },
          dueDate: '2026-06-30',
          at: '2026-05-01T09:00:00Z',
        },
        { actor: { id: 'u-ciso', role: 'ciso' } },
      );
    }
  });
