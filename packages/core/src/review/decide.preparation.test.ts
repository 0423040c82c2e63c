import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { reviewDecider } from '../index.js';
import { people } from '../testing/people.js';
import { agenda27001, minute, reviewSamples, reviewUpToMeeting } from '../testing/samples.js';
import { reviewSpec } from '../testing/specs.js';

const s = reviewSamples('r1');
const scheduled = historyOf(reviewDecider, [s.schedule]);
const inMeeting = historyOf(reviewDecider, reviewUpToMeeting());

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
            catalogueIds: ['iso27001-2022'],
            agenda: [...agenda27001],
            at: s.schedule.data.at,
          },
        },
      ]);
  });

  it('refuses to schedule a review twice', () => {
    reviewSpec.given(scheduled).when(s.schedule).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a catalogue it does not know, naming it', () => {
    reviewSpec
      .given([])
      .when({ ...s.schedule, data: { ...s.schedule.data, catalogueId: 'iso27001-2013' } })
      .then({ _tag: 'RuleBroken', rule: 'review-catalogues' });
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
