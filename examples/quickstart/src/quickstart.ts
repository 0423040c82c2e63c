import { askAuditor } from '@mgmt-review/auditor';
import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, systemClock, uuidV7Ids } from '@mgmt-review/eventsourcing';

/** Schedules a review, holds it, records a decision that raises an action, then asks what an auditor asks. */
export const quickstart = async () => {
  const store = createInMemoryEventStore({ registry: domainRegistry });
  const acme = createManagementReview({ store, clock: systemClock, ids: uuidV7Ids }).forTenantAsync('acme');
  const ceo = { id: 'u-ceo', role: 'topManagement' } as const;
  const ciso = { id: 'u-ciso', role: 'ismsManager' } as const;

  const { state: review } = await acme.reviews.schedule(
    {
      plannedDate: '2026-03-31',
      cadence: 'quarterly',
      kind: 'regular',
      chair: ceo,
      catalogueId: 'iso27001-2022',
      periodCovered: { from: '2026-01-01', to: '2026-03-31' },
      at: '2026-01-15T09:00:00Z',
    },
    { actor: ciso },
  );
  const reviewId = review.reviewId ?? '';
  await acme.reviews.openMeeting(
    { reviewId, attendees: [ceo, ciso], apologies: [], at: '2026-03-31T09:00:00Z' },
    { actor: ciso },
  );
  await acme.reviews.decideWithActions(
    {
      reviewId,
      kind: 'improvement',
      description: 'Roll out phishing-resistant MFA',
      rationale: 'two incidents this quarter',
      actions: [{ title: 'Enforce FIDO2 keys for admins', owner: ciso, dueDate: '2026-06-30' }],
      at: '2026-03-31T10:00:00Z',
    },
    { actor: ciso },
  );
  return askAuditor(store.forTenant('acme'), 'last-decisions', { now: '2026-04-01T00:00:00Z' });
};
