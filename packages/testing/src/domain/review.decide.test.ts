import { builtInPolicy, reviewDecider, withPolicy } from '@mgmt-review/core';
import { describe, it } from 'vitest';
import { deciderSpec } from './givenWhenThen.js';
import { historyOf } from './history.js';
import { people } from './people.js';
import {
  agenda27001,
  minute,
  reviewSamples,
  reviewUpToClose,
  reviewUpToDraftedMinutes,
  reviewUpToMeeting,
} from './samples.js';
import { reviewSpec } from './specs.js';

const s = reviewSamples('r1');
const scheduled = historyOf(reviewDecider, [s.schedule]);
const inMeeting = historyOf(reviewDecider, reviewUpToMeeting());
const drafted = historyOf(reviewDecider, reviewUpToDraftedMinutes());
const approved = historyOf(reviewDecider, [...reviewUpToDraftedMinutes(), s.approveMinutes]);
const closed = historyOf(reviewDecider, reviewUpToClose());
const cancelled = historyOf(reviewDecider, [s.schedule, s.cancel]);

describe('a review is scheduled, prepared and held (9.3.1, 9.3.2)', () => {
  it('schedules a review with the agenda of its catalogue', () => {
    reviewSpec
      .given([])
      .when(s.schedule)
      .then([
        {
          type: 'ReviewScheduled',
          data: {
            reviewId: 'r1',
            plannedDate: '2026-03-31',
            cadence: 'quarterly',
            kind: 'regular',
            chair: people.ceo,
            periodCovered: { from: '2026-01-01', to: '2026-03-31' },
            catalogueId: 'iso27001-2022',
            agenda: [...agenda27001],
            at: s.schedule.data.at,
          },
        },
      ]);
  });

  it('refuses to schedule a review twice', () => {
    reviewSpec.given(scheduled).when(s.schedule).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a catalogue it does not know (9.3.2)', () => {
    reviewSpec
      .given([])
      .when({ ...s.schedule, data: { ...s.schedule.data, catalogueId: 'iso9001-2015' } })
      .then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses a period covered that ends before it starts', () => {
    reviewSpec
      .given([])
      .when({ ...s.schedule, data: { ...s.schedule.data, periodCovered: { from: '2026-03-31', to: '2026-01-01' } } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a review that follows itself', () => {
    reviewSpec
      .given([])
      .when({ ...s.schedule, data: { ...s.schedule.data, previousReviewId: 'r1' } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses any command to a review that is not scheduled', () => {
    reviewSpec.given([]).when(s.openMeeting).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command dated before the last recorded fact', () => {
    reviewSpec
      .given(inMeeting)
      .when(s.present('b', minute(-1)))
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('reschedules with a reason, keeping the previous date', () => {
    reviewSpec
      .given(scheduled)
      .when(s.reschedule)
      .then([
        {
          type: 'ReviewRescheduled',
          data: {
            reviewId: 'r1',
            previousPlannedDate: '2026-03-31',
            plannedDate: '2026-04-01',
            reason: 'the CEO travels',
            at: s.reschedule.data.at,
          },
        },
      ]);
  });

  it('refuses to reschedule once the meeting is held', () => {
    reviewSpec
      .given(inMeeting)
      .when({ ...s.reschedule, data: { ...s.reschedule.data, at: minute(1) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('invites a participant with a role', () => {
    reviewSpec
      .given(scheduled)
      .when(s.invite)
      .then([{ type: 'ParticipantInvited', data: s.invite.data }]);
  });

  it('refuses to invite the same participant twice', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [s.schedule, s.invite]))
      .when(s.invite)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('asks a participant for a preparatory report on agenda inputs', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [s.schedule, s.invite]))
      .when(s.requestReport)
      .then([{ type: 'PreparatoryReportRequested', data: s.requestReport.data }]);
  });

  it('refuses to ask someone who is not invited for a report', () => {
    reviewSpec.given(scheduled).when(s.requestReport).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a report on an input that is not on the agenda (9.3.2)', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [s.schedule, s.invite]))
      .when({ ...s.requestReport, data: { ...s.requestReport.data, inputIds: ['d'] } })
      .then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses a preparatory report due after the meeting', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [s.schedule, s.invite]))
      .when({ ...s.requestReport, data: { ...s.requestReport.data, dueDate: '2026-04-15' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('records a submitted report, by whom', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [s.schedule, s.invite, s.requestReport]))
      .when(s.submitReport)
      .then([
        {
          type: 'PreparatoryReportSubmitted',
          data: {
            reviewId: 'r1',
            reportId: 'rep-1',
            submittedBy: people.itLead.id,
            summary: 'monitoring results Q1',
            references: ['siem-report-q1'],
            at: s.submitReport.data.at,
          },
        },
      ]);
  });

  it('refuses a report that was not requested', () => {
    reviewSpec.given(scheduled).when(s.submitReport).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('opens the meeting with its attendance', () => {
    reviewSpec
      .given(scheduled)
      .when(s.openMeeting)
      .then([{ type: 'MeetingOpened', data: s.openMeeting.data }]);
  });

  it('refuses a meeting top management does not attend (9.3.1)', () => {
    reviewSpec
      .given(scheduled)
      .when({ ...s.openMeeting, data: { ...s.openMeeting.data, attendees: [{ id: 'u-ciso', role: 'ismsManager' }] } })
      .then({ _tag: 'RuleBroken', rule: '9.3.1' });
  });

  it('presents an input with its facts and references', () => {
    const command = s.present('b');
    reviewSpec
      .given(inMeeting)
      .when(command)
      .then([{ type: 'InputPresented', data: command.data }]);
  });

  it('refuses to present an input before the meeting (9.3.2)', () => {
    reviewSpec.given(scheduled).when(s.present('b')).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses an input that is not on the agenda (9.3.2)', () => {
    reviewSpec.given(inMeeting).when(s.present('d')).then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses to address an input twice (9.3.2)', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToMeeting(), s.present('b')]))
      .when(s.notCovered('b'))
      .then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('marks an input not covered, with its justification', () => {
    const command = s.notCovered('a');
    reviewSpec
      .given(inMeeting)
      .when(command)
      .then([{ type: 'InputNotCovered', data: command.data }]);
  });
});

describe('a review decides and concludes (9.3.3, 9.3.1)', () => {
  it('records a decision with the actions it calls for', () => {
    reviewSpec
      .given(inMeeting)
      .when(s.decide)
      .then([{ type: 'DecisionRecorded', data: s.decide.data }]);
  });

  it('refuses a decision before the meeting is opened (9.3.3)', () => {
    reviewSpec.given(scheduled).when(s.decide).then({ _tag: 'RuleBroken', rule: '9.3.3' });
  });

  it('refuses the same decision id twice', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToMeeting(), s.decide]))
      .when(s.decide)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('records a verdict on an aspect', () => {
    const command = s.verdict('adequacy');
    reviewSpec
      .given(inMeeting)
      .when(command)
      .then([{ type: 'VerdictRecorded', data: command.data }]);
  });

  it('refuses a second verdict on the same aspect (9.3.1)', () => {
    reviewSpec
      .given(historyOf(reviewDecider, [...reviewUpToMeeting(), s.verdict('adequacy')]))
      .when(s.verdict('adequacy'))
      .then({ _tag: 'RuleBroken', rule: '9.3.1' });
  });

  it('drafts the minutes, by whom', () => {
    reviewSpec
      .given(inMeeting)
      .when(s.draftMinutes)
      .then([
        {
          type: 'MinutesDrafted',
          data: { reviewId: 'r1', draftedBy: people.ciso.id, documentRef: 'dms://minutes/r1', at: minute(60) },
        },
      ]);
  });

  it('approves the minutes once every input is addressed and three verdicts are recorded', () => {
    reviewSpec
      .given(drafted)
      .when(s.approveMinutes)
      .then([{ type: 'MinutesApproved', data: { reviewId: 'r1', approvedBy: people.ceo.id, at: minute(120) } }]);
  });

  it('refuses to approve minutes that are not drafted (9.3.3)', () => {
    reviewSpec.given(inMeeting).when(s.approveMinutes).then({ _tag: 'RuleBroken', rule: '9.3.3' });
  });

  it('refuses to approve the minutes while an input is neither presented nor justified (9.3.2)', () => {
    const commands = reviewUpToDraftedMinutes().filter((c) => !(c.type === 'PresentInput' && c.data.inputId === 'f'));
    reviewSpec
      .given(historyOf(reviewDecider, commands))
      .when(s.approveMinutes)
      .then({ _tag: 'RuleBroken', rule: '9.3.2' });
  });

  it('refuses to approve the minutes without the three verdicts (9.3.1)', () => {
    const commands = reviewUpToDraftedMinutes().filter(
      (c) => !(c.type === 'RecordVerdict' && c.data.aspect === 'effectiveness'),
    );
    reviewSpec
      .given(historyOf(reviewDecider, commands))
      .when(s.approveMinutes)
      .then({ _tag: 'RuleBroken', rule: '9.3.1' });
  });

  it('lets only the chair approve the minutes (built-in policy)', () => {
    deciderSpec(withPolicy(reviewDecider, builtInPolicy))
      .given(drafted)
      .when({ ...s.approveMinutes, actor: people.ciso })
      .then({ _tag: 'NotPermitted', rule: '9.3 chair' });
  });

  it('lets only the one asked submit a preparatory report (built-in policy)', () => {
    deciderSpec(withPolicy(reviewDecider, builtInPolicy))
      .given(historyOf(reviewDecider, [s.schedule, s.invite, s.requestReport]))
      .when({ ...s.submitReport, actor: people.hrLead })
      .then({ _tag: 'NotPermitted', rule: 'preparatory-report-author' });
  });
});

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
