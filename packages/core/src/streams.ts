import { streamIdOf } from '@mgmt-review/eventsourcing';

/** The stream categories of the domain: `review-<id>`, `action-<id>`, `nonconformity-<id>`, `risk-<id>`. */
export const streamCategories = {
  review: 'review',
  action: 'action',
  nonConformity: 'nonconformity',
  risk: 'risk',
} as const;

export const reviewStreamId = (reviewId: string): string => streamIdOf(streamCategories.review, reviewId);
export const actionStreamId = (actionId: string): string => streamIdOf(streamCategories.action, actionId);
export const nonConformityStreamId = (nonConformityId: string): string =>
  streamIdOf(streamCategories.nonConformity, nonConformityId);
export const riskStreamId = (riskId: string): string => streamIdOf(streamCategories.risk, riskId);
