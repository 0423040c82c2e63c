import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { actionDecider, builtInPolicy, withPolicy } from '../index.js';
import { people } from '../testing/people.js';
import { actionSamples, minute } from '../testing/samples.js';
import { actionSpec } from '../testing/specs.js';

const s = actionSamples('act-1');
const started = historyOf(actionDecider, [s.raise, s.start]);
const completed = historyOf(actionDecider, [s.raise, s.start, s.complete]);
const verified = historyOf(actionDecider, [s.raise, s.start, s.complete, s.verify]);
const closed = historyOf(actionDecider, [s.raise, s.start, s.complete, s.verify, s.reviewEffective]);

describe('an action is verified and its effectiveness reviewed', () => {
  it('is verified by someone other than its owner', () => {
    actionSpec
      .given(completed)
      .when(s.verify)
      .then([
        {
          type: 'ActionVerified',
          data: {
            actionId: 'act-1',
            verifiedBy: people.auditor.id,
            comment: 'sampled 10 accounts',
            at: s.verify.data.at,
          },
        },
      ]);
  });

  it('cannot be verified before it is completed', () => {
    actionSpec.given(started).when(s.verify).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('cannot be verified by its owner', () => {
    actionSpec
      .given(completed)
      .when({ ...s.verify, actor: people.itLead })
      .then({ _tag: 'RuleBroken', rule: 'verifier-is-not-owner' });
  });

  it('cannot be verified by its owner (built-in policy)', () => {
    deciderSpec(withPolicy(actionDecider, builtInPolicy))
      .given(completed)
      .when({ ...s.verify, actor: people.itLead })
      .then({ _tag: 'NotPermitted', rule: 'verifier-is-not-owner' });
  });

  it('closes when found effective', () => {
    actionSpec
      .given(verified)
      .when(s.reviewEffective)
      .then([
        {
          type: 'ActionEffectivenessReviewed',
          data: {
            actionId: 'act-1',
            effective: true,
            reviewedBy: people.ciso.id,
            comment: 'no admin login without MFA since',
            at: s.reviewEffective.data.at,
          },
        },
        { type: 'ActionClosed', data: { actionId: 'act-1', at: s.reviewEffective.data.at } },
      ]);
  });

  it('reopens with the reason when found not effective', () => {
    actionSpec
      .given(verified)
      .when(s.reviewNotEffective)
      .then([
        {
          type: 'ActionEffectivenessReviewed',
          data: {
            actionId: 'act-1',
            effective: false,
            reviewedBy: people.ciso.id,
            comment: 'service accounts bypass MFA',
            at: s.reviewNotEffective.data.at,
          },
        },
        {
          type: 'ActionReopened',
          data: { actionId: 'act-1', reason: 'service accounts bypass MFA', at: s.reviewNotEffective.data.at },
        },
      ]);
  });

  it('reviews effectiveness only once verified', () => {
    actionSpec.given(completed).when(s.reviewEffective).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('cancels with a reason', () => {
    actionSpec
      .given(started)
      .when(s.cancel)
      .then([{ type: 'ActionCancelled', data: s.cancel.data }]);
  });

  it('refuses anything to a closed action', () => {
    actionSpec
      .given(closed)
      .when({ ...s.cancel, data: { ...s.cancel.data, at: minute(60 * 24 * 61) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
