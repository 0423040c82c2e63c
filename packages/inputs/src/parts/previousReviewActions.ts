import { actionStreamId, presentPreviousActions, reviewStreamId } from '@mgmt-review/core';

const actionStreamPrefix = actionStreamId('');

import { isLeft } from 'fp-ts/lib/Either.js';
import { countBy, type PartComputer } from '../part.js';
import { eventsOfStreamsWhere } from '../restsOn.js';
import { kpiTrend } from '../trend.js';

/** The reviews before this one, following `previousReviewId` back through the chain. */
const earlierReviews = async (context: Parameters<PartComputer>[0]): Promise<readonly string[]> => {
  const chain: string[] = [];
  let previousId = context.review.previousReviewId;
  while (previousId !== undefined && previousId !== context.review.reviewId && !chain.includes(previousId)) {
    chain.push(previousId);
    const loaded = await context.handles.reviews.load(previousId)();
    if (isLeft(loaded)) throw new Error(loaded.left.message);
    previousId = loaded.right.state.previousReviewId;
  }
  return chain;
};

/**
 * 9.3.2 a: the actions decided in earlier reviews and where each stands on the pack's day, from
 * the facade's own query (as of the pack's position), with the action KPIs as trend.
 */
export const previousReviewActionsPart: PartComputer = async (context) => {
  const queried = await context.handles.queries.statusOfActionsFromPreviousReviews(
    context.review.reviewId,
    context.day,
  )();
  if (isLeft(queried)) throw new Error(queried.left.message);
  const actions = queried.right;
  const byStatus = countBy(actions, (a) => a.status);
  const earlier = new Set((await earlierReviews(context)).map(reviewStreamId));
  return {
    figures: {
      actions: actions.length,
      byStatus,
      overdue: actions.filter((a) => a.overdue).length,
      dueDateChanges: actions.reduce((sum, a) => sum + a.dueDateChanges, 0),
      list: actions.map((a) => ({
        actionId: a.actionId,
        reviewId: a.reviewId,
        status: a.status,
        dueDate: a.dueDate ?? null,
        overdue: a.overdue,
      })),
    },
    trend: kpiTrend(context, ['actionsClosed', 'actionsClosedOnTimeRate', 'actionsOverdueAtPeriodEnd', 'dueDateSlips']),
    summary: presentPreviousActions(actions).summary,
    // The trend counts every action, whatever its origin: the part rests on every action stream.
    events: eventsOfStreamsWhere(
      context.history,
      (streamId) => earlier.has(streamId) || streamId.startsWith(actionStreamPrefix),
    ),
  };
};
