import { contextRegister } from '@mgmt-review/views';
import type { DayRange, PartComputer } from '../part.js';
import { eventsOfStreamsWhere } from '../restsOn.js';
import { countTrend, within } from '../trend.js';
import { isContextStream } from './contextIssues.js';

/**
 * 9.3.2 b (Amd 1:2024): whether climate change is a relevant issue, as decided for this review
 * cycle or last decided before it, with the decisions taken in the period covered and the one
 * before as trend.
 */
export const climateDecisionsPart: PartComputer = (context) => {
  const register = contextRegister(context.history.views, { now: context.asOf });
  const decisions = register.climateDecisions;
  const forReview = decisions.find((d) => d.reviewId === context.review.reviewId);
  const latest = forReview ?? register.latestClimateDecision;
  const decidedIn = (range: DayRange) => ({ decided: decisions.filter((d) => within(d.decidedOn, range)).length });
  return {
    figures: {
      decisions: decisions.length,
      decidedForThisReview: forReview !== undefined,
      latest:
        latest === undefined
          ? null
          : {
              reviewId: latest.reviewId,
              relevant: latest.relevant,
              decidedOn: latest.decidedOn,
              contextIssues: latest.contextIssueIds.length,
              revisions: latest.revisions,
            },
    },
    trend: countTrend(context, decidedIn),
    summary:
      latest === undefined
        ? `Climate change has not been decided on as of ${context.day}.`
        : `Climate change was decided ${latest.relevant ? 'relevant' : 'not relevant'} on ${latest.decidedOn} (review ${latest.reviewId}).`,
    events: eventsOfStreamsWhere(context.history, isContextStream),
  };
};
