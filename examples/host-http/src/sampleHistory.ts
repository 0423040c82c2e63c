import type { ManagementReview } from '@mgmt-review/core';

const ceo = { id: 'u-ceo', role: 'topManagement' } as const;
const ciso = { id: 'u-ciso', role: 'ismsManager' } as const;

/**
 * A small history to look at: a quarterly review held on 31 March 2026 that decided two
 * improvements, raising three actions (one due at the end of June, so overdue after it), and a
 * second review planned for the next quarter. Sent through the facade, as the POSTs would.
 */
export const writeSampleHistory = async (facade: ManagementReview, tenantId: string): Promise<{ reviewId: string }> => {
  const tenant = facade.forTenantAsync(tenantId);
  const { state: review } = await tenant.reviews.schedule(
    {
      reviewId: 'q1-2026',
      plannedDate: '2026-03-31',
      cadence: 'quarterly',
      kind: 'regular',
      chair: ceo,
      catalogueId: 'iso27001-2022',
      periodCovered: { from: '2026-01-01', to: '2026-03-31' },
      at: '2026-01-15T09:00:00Z',
    },
    { actor: ciso, commandId: 'sample-1' },
  );
  const reviewId = review.reviewId ?? 'q1-2026';
  await tenant.reviews.openMeeting(
    { reviewId, attendees: [ceo, ciso], apologies: [], at: '2026-03-31T09:00:00Z' },
    { actor: ciso, commandId: 'sample-2' },
  );
  await tenant.reviews.decideWithActions(
    {
      reviewId,
      decisionId: 'mfa',
      kind: 'improvement',
      description: 'Roll out phishing-resistant MFA',
      rationale: 'two phishing incidents this quarter',
      actions: [
        { actionId: 'mfa-admins', title: 'Enforce FIDO2 keys for admins', owner: ciso, dueDate: '2026-06-30' },
        { actionId: 'mfa-staff', title: 'Enrol all staff in FIDO2', owner: ciso, dueDate: '2027-03-31' },
      ],
      at: '2026-03-31T10:00:00Z',
    },
    { actor: ciso, commandId: 'sample-3' },
  );
  await tenant.reviews.decideWithActions(
    {
      reviewId,
      decisionId: 'backup',
      kind: 'resourceNeed',
      description: 'Fund an off-site backup copy',
      rationale: 'the restore test took three days',
      actions: [{ actionId: 'backup-offsite', title: 'Contract off-site backup', owner: ceo, dueDate: '2026-12-31' }],
      at: '2026-03-31T10:30:00Z',
    },
    { actor: ciso, commandId: 'sample-4' },
  );
  await tenant.reviews.schedule(
    {
      reviewId: 'q2-2026',
      plannedDate: '2026-06-30',
      cadence: 'quarterly',
      kind: 'regular',
      chair: ceo,
      catalogueId: 'iso27001-2022',
      periodCovered: { from: '2026-04-01', to: '2026-06-30' },
      previousReviewId: reviewId,
      at: '2026-04-01T09:00:00Z',
    },
    { actor: ciso, commandId: 'sample-5' },
  );
  return { reviewId };
};
