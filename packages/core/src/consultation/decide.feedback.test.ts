import { foldState } from '@mgmt-review/eventsourcing';
import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { consultationDecider, isTakenIntoAccount, itemOf } from '../index.js';
import { consultationSamples } from '../testing/consultationSamples.js';
import { people } from '../testing/people.js';
import { minute } from '../testing/samples.js';
import { consultationSpec } from '../testing/specs.js';

const s = consultationSamples('cons-survey');
const planned = historyOf(consultationDecider, [s.plan]);
const withFeedback = historyOf(consultationDecider, [s.plan, s.feedback]);
const conducted = historyOf(consultationDecider, [s.plan, s.feedback, s.results]);
const allTaken = historyOf(consultationDecider, [s.plan, s.feedback, s.results, s.linkFeedback, s.finding]);
const closed = historyOf(consultationDecider, [s.plan, s.feedback, s.results, s.linkFeedback, s.finding, s.close]);

describe('feedback from a party is recorded (9.3.2 e)', () => {
  it('records the party, the kind, what it says and the requirement it concerns', () => {
    consultationSpec
      .given(planned)
      .when(s.feedback)
      .then([{ type: 'FeedbackRecorded', data: s.feedback.data }]);
  });

  it('refuses feedback from a party not consulted', () => {
    consultationSpec
      .given(planned)
      .when({ ...s.feedback, data: { ...s.feedback.data, interestedPartyId: 'ip-regulator' } })
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses feedback received before the consultation opens', () => {
    consultationSpec
      .given(planned)
      .when({ ...s.feedback, data: { ...s.feedback.data, at: minute(0, '2026-01-31') } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a feedback id already used', () => {
    consultationSpec
      .given(withFeedback)
      .when(s.feedback)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'item id fb-keys is already used (lifecycle)' });
  });
});

describe('a finding or feedback is taken into account (9.3.2 c, e)', () => {
  it('links feedback to the requirement change it led to', () => {
    consultationSpec
      .given(conducted)
      .when(s.linkFeedback)
      .then([
        {
          type: 'FeedbackTakenIntoAccount',
          data: {
            consultationId: 'cons-survey',
            itemId: 'fb-keys',
            item: 'feedback',
            links: s.linkFeedback.data.links ?? [],
            takenBy: people.ciso.id,
            at: s.linkFeedback.data.at,
          },
        },
      ]);
  });

  it('records why nothing is done with a finding', () => {
    consultationSpec
      .given(conducted)
      .when(s.finding)
      .then([
        {
          type: 'FeedbackTakenIntoAccount',
          data: {
            consultationId: 'cons-survey',
            itemId: 'f-notices',
            item: 'finding',
            links: [],
            takenBy: people.ciso.id,
            reasonNotActedOn: s.finding.data.reasonNotActedOn,
            at: s.finding.data.at,
          },
        },
      ]);
  });

  it('adds links to a review decision, an action and an objective later, and counts the item as taken into account', () => {
    const more = {
      ...s.linkFeedback,
      data: {
        consultationId: 'cons-survey',
        itemId: 'fb-keys',
        links: [
          { to: 'reviewDecision' as const, reviewId: 'r1', decisionId: 'dec-2' },
          { to: 'action' as const, actionId: 'act-9' },
          { to: 'objective' as const, objectiveId: 'obj-keys' },
        ],
        at: minute(0, '2026-03-07'),
      },
    };
    const state = foldState(
      consultationDecider,
      historyOf(consultationDecider, [...[s.plan, s.feedback, s.results, s.linkFeedback], more]),
    );
    const item = itemOf(state, 'fb-keys');
    expect(item?.links.map((l) => l.to)).toEqual(['requirementChange', 'reviewDecision', 'action', 'objective']);
    expect(item !== undefined && isTakenIntoAccount(item)).toBe(true);
    expect(isTakenIntoAccount(itemOf(state, 'f-notices')!)).toBe(false);
  });

  it('refuses to take into account an item the consultation does not have', () => {
    consultationSpec
      .given(conducted)
      .when({ ...s.finding, data: { ...s.finding.data, itemId: 'f-unknown' } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses to count feedback as taken into account with neither a link nor a reason', () => {
    consultationSpec
      .given(conducted)
      .when({ ...s.finding, data: { consultationId: 'cons-survey', itemId: 'f-notices', at: s.finding.data.at } })
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses links and a reason not to act together', () => {
    consultationSpec
      .given(conducted)
      .when({ ...s.linkFeedback, data: { ...s.linkFeedback.data, reasonNotActedOn: 'and also not' } })
      .then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('refuses a link the item already has', () => {
    consultationSpec
      .given(historyOf(consultationDecider, [s.plan, s.feedback, s.results, s.linkFeedback]))
      .when({ ...s.linkFeedback, data: { ...s.linkFeedback.data, at: minute(0, '2026-03-07') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('a consultation closes or is cancelled', () => {
  it('closes once each finding and feedback is taken into account', () => {
    consultationSpec
      .given(allTaken)
      .when(s.close)
      .then([{ type: 'ConsultationClosed', data: s.close.data }]);
  });

  it('refuses to close while a finding or feedback awaits', () => {
    consultationSpec
      .given(historyOf(consultationDecider, [s.plan, s.feedback, s.results, s.linkFeedback]))
      .when(s.close)
      .then({
        _tag: 'RuleBroken',
        rule: '9.3.2 e',
        message:
          'a consultation closes once each finding and feedback is taken into account: f-notices not yet (9.3.2 e)',
      });
  });

  it('refuses to close a survey before its results', () => {
    consultationSpec.given(planned).when(s.close).then({ _tag: 'RuleBroken', rule: '9.3.2 e' });
  });

  it('closes a standing complaint channel without results', () => {
    const channel = historyOf(consultationDecider, [
      { ...s.plan, data: { ...s.plan.data, channel: 'complaintChannel', scale: undefined } },
    ]);
    consultationSpec
      .given(channel)
      .when(s.close)
      .then([{ type: 'ConsultationClosed', data: s.close.data }]);
  });

  it('refuses anything once closed', () => {
    consultationSpec
      .given(closed)
      .when({ ...s.feedback, data: { ...s.feedback.data, feedbackId: 'fb-late', at: minute(0, '2026-03-11') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'the consultation is closed (lifecycle)' });
  });

  it('is cancelled with the reason before any result or feedback', () => {
    consultationSpec
      .given(planned)
      .when(s.cancel)
      .then([{ type: 'ConsultationCancelled', data: s.cancel.data }]);
  });

  it('refuses to cancel a consultation that has feedback', () => {
    consultationSpec
      .given(withFeedback)
      .when({ ...s.cancel, data: { ...s.cancel.data, at: minute(0, '2026-02-11') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command dated before the last fact recorded', () => {
    consultationSpec
      .given(conducted)
      .when({ ...s.finding, data: { ...s.finding.data, at: minute(0, '2026-03-01') } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});
