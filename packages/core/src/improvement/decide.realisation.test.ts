import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { improvementDecider } from '../index.js';
import { improvementSamples } from '../testing/improvementSamples.js';
import { minute } from '../testing/samples.js';
import { improvementSpec } from '../testing/specs.js';

const s = improvementSamples('imp-automate');
const evaluated = historyOf(improvementDecider, [s.log, s.evaluate]);
const adopted = historyOf(improvementDecider, [s.log, s.evaluate, s.adopt]);
const realised = historyOf(improvementDecider, [s.log, s.evaluate, s.adopt, s.realise]);
const rejected = historyOf(improvementDecider, [s.log, s.evaluate, s.reject]);
const closed = historyOf(improvementDecider, [s.log, s.evaluate, s.adopt, s.realise, s.close]);
const withdrawal = { ...s.close, data: { ...s.close.data, reason: 'the identity platform is replaced next year' } };

describe('an adopted opportunity is realised (10.1)', () => {
  it('records the benefit observed and the evidence', () => {
    improvementSpec
      .given(adopted)
      .when(s.realise)
      .then([{ type: 'ImprovementOpportunityRealised', data: s.realise.data }]);
  });

  it('refuses to realise an opportunity not adopted', () => {
    improvementSpec.given(evaluated).when(s.realise).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses to realise it twice', () => {
    improvementSpec
      .given(realised)
      .when({ ...s.realise, data: { ...s.realise.data, at: minute(0, '2026-07-02') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('an opportunity is closed', () => {
  it('closes as realised once its benefit is observed', () => {
    improvementSpec
      .given(realised)
      .when(s.close)
      .then([
        {
          type: 'ImprovementOpportunityClosed',
          data: { opportunityId: 'imp-automate', closedAs: 'realised', at: s.close.data.at },
        },
      ]);
  });

  it('closes as rejected once rejected', () => {
    improvementSpec
      .given(rejected)
      .when(s.close)
      .then([
        {
          type: 'ImprovementOpportunityClosed',
          data: { opportunityId: 'imp-automate', closedAs: 'rejected', at: s.close.data.at },
        },
      ]);
  });

  it('is withdrawn with a reason before it is realised or rejected', () => {
    improvementSpec
      .given(adopted)
      .when(withdrawal)
      .then([
        {
          type: 'ImprovementOpportunityClosed',
          data: {
            opportunityId: 'imp-automate',
            closedAs: 'withdrawn',
            reason: withdrawal.data.reason,
            at: s.close.data.at,
          },
        },
      ]);
  });

  it('refuses to close an opportunity neither realised nor rejected without a reason', () => {
    improvementSpec.given(evaluated).when(s.close).then({ _tag: 'RuleBroken', rule: '10.1' });
  });

  it('refuses anything once closed', () => {
    improvementSpec
      .given(closed)
      .when({ ...withdrawal, data: { ...withdrawal.data, at: minute(0, '2026-08-01') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'the opportunity is closed (lifecycle)' });
  });
});
