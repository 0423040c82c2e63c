import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { builtInPolicy, reviewDecider, withPolicy } from '../index.js';
import { people } from '../testing/people.js';
import { minute, reviewSamples, reviewUpToDraftedMinutes, reviewUpToMeeting } from '../testing/samples.js';
import { reviewSpec } from '../testing/specs.js';

const s = reviewSamples('r1');
const scheduled = historyOf(reviewDecider, [s.schedule]);
const inMeeting = historyOf(reviewDecider, reviewUpToMeeting());
const drafted = historyOf(reviewDecider, reviewUpToDraftedMinutes());

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
