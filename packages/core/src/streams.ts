import { streamIdOf } from '@mgmt-review/eventsourcing';
import { actionAggregate } from './action/aggregate.js';
import { nonConformityAggregate } from './nonConformity/aggregate.js';
import { reviewAggregate } from './review/aggregate.js';
import { riskAggregate } from './risk/aggregate.js';

/** The stream categories of the domain: `review-<id>`, `action-<id>`, `nonconformity-<id>`, `risk-<id>`. */
export const streamCategories = {
  review: reviewAggregate.category,
  action: actionAggregate.category,
  nonConformity: nonConformityAggregate.category,
  risk: riskAggregate.category,
} as const;

export const reviewStreamId = (reviewId: string): string => streamIdOf(streamCategories.review, reviewId);
export const actionStreamId = (actionId: string): string => streamIdOf(streamCategories.action, actionId);
export const nonConformityStreamId = (nonConformityId: string): string =>
  streamIdOf(streamCategories.nonConformity, nonConformityId);
export const riskStreamId = (riskId: string): string => streamIdOf(streamCategories.risk, riskId);
