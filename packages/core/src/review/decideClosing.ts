import { chronologyRule, lifecycleRule, refuse } from '../shared/rules.js';
import { addMonths } from '../shared/time.js';
import type { ReviewCommand } from './commands.js';
import { type Decided, one } from './decideSupport.js';
import type { Review } from './state.js';
import { monthsOf } from './vocabulary.js';

/** Commands after the meeting: communication, the next review, close or cancel (7.4, 9.3.1). */
export type ClosingCommand = Extract<
  ReviewCommand,
  { type: 'CommunicateResults' | 'ScheduleNextReview' | 'CloseReview' | 'CancelReview' | 'NoteCorrection' }
>;

/** Decides a closing command for a review that is neither closed nor cancelled. */
export const decideClosing = (command: ClosingCommand, state: Review): Decided => {
  switch (command.type) {
    case 'CommunicateResults': {
      const d = command.data;
      if (state.status !== 'minutesApproved') {
        return refuse('7.4', 'results are communicated once the minutes are approved');
      }
      if (state.meetingDay !== undefined && d.communicatedOn < state.meetingDay) {
        return refuse(
          chronologyRule,
          `results cannot be communicated (${d.communicatedOn}) before the meeting (${state.meetingDay})`,
        );
      }
      return one({
        type: 'ResultsCommunicated',
        data: {
          reviewId: state.reviewId,
          audiences: d.audiences,
          channel: d.channel,
          communicatedOn: d.communicatedOn,
          at: d.at,
        },
      });
    }
    case 'ScheduleNextReview': {
      const d = command.data;
      if (state.status !== 'meetingOpen' && state.status !== 'minutesApproved') {
        return refuse(lifecycleRule, 'the next review is scheduled once the meeting is held');
      }
      const from = state.meetingDay ?? state.plannedDate;
      if (d.plannedDate <= from) return refuse(chronologyRule, `the next review must come after ${from}`);
      // 9.3.1: reviews happen at planned intervals; a longer gap is an explicit, recorded choice.
      const latest = addMonths(from, monthsOf[state.cadence]);
      const withinCadence = d.plannedDate <= latest;
      if (!withinCadence && d.longerGapReason === undefined) {
        return refuse(
          '9.3.1',
          `${d.plannedDate} is beyond the ${state.cadence} cadence (latest ${latest}); give a longerGapReason`,
        );
      }
      return one({
        type: 'NextReviewScheduled',
        data: {
          reviewId: state.reviewId,
          plannedDate: d.plannedDate,
          withinCadence,
          nextReviewId: d.nextReviewId,
          longerGapReason: withinCadence ? undefined : d.longerGapReason,
          at: d.at,
        },
      });
    }
    case 'CloseReview': {
      if (state.status !== 'minutesApproved')
        return refuse('9.3.3', 'a review closes only once its minutes are approved');
      if (!state.communicated) return refuse('7.4', 'a review closes only once its results are communicated');
      if (state.nextReview === undefined)
        return refuse('9.3.1', 'a review closes only once the next review is scheduled');
      return one({ type: 'ReviewClosed', data: { reviewId: state.reviewId, at: command.data.at } });
    }
    case 'CancelReview':
      return one({
        type: 'ReviewCancelled',
        data: { reviewId: state.reviewId, reason: command.data.reason, at: command.data.at },
      });
    case 'NoteCorrection':
      return refuse(lifecycleRule, 'a correction note is recorded only after the review is closed');
  }
};
