import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { reviewDecider } from '../index.js';
import { minute, reviewSamples, reviewUpToClose, reviewUpToDraftedMinutes } from '../testing/samples.js';
import { reviewSpec } from '../testing/specs.js';

const s = reviewSamples('r1');
const scheduled = historyOf(reviewDecider, [s.schedule]);
const drafted = historyOf(reviewDecider, reviewUpToDraftedMinutes());
const approved = historyOf(reviewDecider, [...reviewUpToDraftedMinutes(), s.approveMinutes]);
const closed = historyOf(reviewDecider, reviewUpToClose());
const cancelled = historyOf(reviewDecider, [s.schedule, s.cancel]);

describe('a review communicates, plans the next one and closes (7.4, 9.3.1, 9.3.3)', () => {
  it('communicates the results to audiences', () => {
    reviewSpec
      .given(approved)
      .when(s.communicate)
      .then([{ type: 'ResultsCommunicated', data: s.communicate.data }]);
  });

  it('refuses to communicate results before the minutes are approved (7.4)', () => {
    reviewSpec.given(drafted).when(s.communicate).then({ _tag: 'RuleBroken', rule: '7.4' });
  });

  it('schedules the next review within the cadence', () => {
    reviewSpec
      .given(approved)
      .when(s.scheduleNext)
      .then([
        {
          type: 'NextReviewScheduled',
          data: {
            reviewId: 'r1',
            plannedDate: '2026-06-30',
            withinCadence: true,
            nextReviewId: 'r2',
            at: s.scheduleNext.data.at,
          },
        },
      ]);
  });

  it('refuses a next review beyond the cadence without a reason (9.3.1)', () => {
    reviewSpec
      .given(approved)
      .when({ ...s.scheduleNext, data: { ...s.scheduleNext.data, plannedDate: '2026-09-30' } })
      .then({ _tag: 'RuleBroken', rule: '9.3.1' });
  });

  it('records a longer gap with its reason', () => {
    const command = {
      ...s.scheduleNext,
      data: { ...s.scheduleNext.data, plannedDate: '2026-09-30', longerGapReason: 'merger integration' },
    };
    reviewSpec
      .given(approved)
      .when(command)
      .then([
        {
          type: 'NextReviewScheduled',
          data: {
            reviewId: 'r1',
            plannedDate: '2026-09-30',
            withinCadence: false,
            nextReviewId: 'r2',
            longerGapReason: 'merger integration',
            at: command.data.at,
          },
        },
      ]);
  });

  it('closes a review with approved minutes, communicated results and a next review', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToDraftedMinutes(), s.approveMinutes, s.communicate, s.scheduleNext]))
      .when(s.close)
      .then([{ type: 'ReviewClosed', data: { reviewId: 'r1', at: s.close.data.at } }]);
  });

  it('refuses to close before the minutes are approved (9.3.3)', () => {
    reviewSpec.given(drafted).when(s.close).then({ _tag: 'RuleBroken', rule: '9.3.3' });
  });

  it('refuses to close before the results are communicated (7.4)', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToDraftedMinutes(), s.approveMinutes, s.scheduleNext]))
      .when(s.close)
      .then({ _tag: 'RuleBroken', rule: '7.4' });
  });

  it('refuses to close before the next review is scheduled (9.3.1)', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToDraftedMinutes(), s.approveMinutes, s.communicate]))
      .when(s.close)
      .then({ _tag: 'RuleBroken', rule: '9.3.1' });
  });

  it('adds a correction note to a closed review', () => {
    reviewSpec
      .given(closed)
      .when(s.noteCorrection)
      .then([{ type: 'ReviewCorrectionNoted', data: s.noteCorrection.data }]);
  });

  it('refuses anything but a correction note after close (9.3.3)', () => {
    reviewSpec
      .given(closed)
      .when({ ...s.decide, data: { ...s.decide.data, at: minute(60 * 24 * 5) } })
      .then({ _tag: 'RuleBroken', rule: '9.3.3' });
  });

  it('refuses a correction note before close', () => {
    reviewSpec.given(approved).when(s.noteCorrection).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('cancels a review with its reason', () => {
    reviewSpec
      .given(scheduled)
      .when(s.cancel)
      .then([{ type: 'ReviewCancelled', data: s.cancel.data }]);
  });

  it('refuses anything to a cancelled review', () => {
    reviewSpec
      .given(cancelled)
      .when({ ...s.openMeeting, data: { ...s.openMeeting.data, at: minute(60 * 24 * 4) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
