import { foldState } from '@mgmt-review/eventsourcing';
import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { type ImprovementEvent, improvementDecider } from '../index.js';
import { improvementSamples } from '../testing/improvementSamples.js';
import { people } from '../testing/people.js';
import { minute } from '../testing/samples.js';
import { improvementSpec } from '../testing/specs.js';

const s = improvementSamples('imp-automate');
const logged = historyOf(improvementDecider, [s.log]);
const evaluated = historyOf(improvementDecider, [s.log, s.evaluate]);
const deferred = historyOf(improvementDecider, [s.log, s.evaluate, s.defer]);
const adopted = historyOf(improvementDecider, [s.log, s.evaluate, s.adopt]);
/** The adoption of the sample opportunity by decision `decisionId` of review r1, with action act-1. */
const adoptedBy = (decisionId: string, at: string): ImprovementEvent => ({
  type: 'ImprovementOpportunityAdopted',
  data: {
    opportunityId: 'imp-automate',
    reviewId: 'r1',
    decisionId,
    actionIds: ['act-1'],
    decidedBy: people.ceo.id,
    at,
  },
});
const decide = (data: Partial<typeof s.adopt.data>) => ({ ...s.adopt, data: { ...s.adopt.data, ...data } });

describe('an opportunity is logged and evaluated (10.1)', () => {
  it('is logged with its source, description and expected benefit', () => {
    improvementSpec
      .given([])
      .when(s.log)
      .then([{ type: 'ImprovementOpportunityLogged', data: s.log.data }]);
  });

  it('refuses to log the same opportunity twice', () => {
    improvementSpec.given(logged).when(s.log).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('is evaluated on value and effort, by whom', () => {
    improvementSpec
      .given(logged)
      .when(s.evaluate)
      .then([
        {
          type: 'ImprovementOpportunityEvaluated',
          data: { ...s.evaluate.data, evaluatedBy: people.ciso.id },
        },
      ]);
  });

  it('refuses to evaluate an opportunity not logged', () => {
    improvementSpec.given([]).when(s.evaluate).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses to evaluate an opportunity once adopted', () => {
    improvementSpec
      .given(adopted)
      .when({ ...s.evaluate, data: { ...s.evaluate.data, at: minute(0, '2026-04-01') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command dated before the last fact recorded', () => {
    improvementSpec
      .given(evaluated)
      .when({ ...s.evaluate, data: { ...s.evaluate.data, at: minute(0, '2026-01-15') } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});

describe('an opportunity is decided (9.3.3, 10.1)', () => {
  it('is adopted by a review decision, with the actions it calls for', () => {
    improvementSpec
      .given(evaluated)
      .when(s.adopt)
      .then([adoptedBy('dec-1', s.adopt.data.at)]);
  });

  it('is deferred to a date to revisit it', () => {
    improvementSpec
      .given(evaluated)
      .when(s.defer)
      .then([
        {
          type: 'ImprovementOpportunityDeferred',
          data: {
            opportunityId: 'imp-automate',
            revisitOn: '2026-09-30',
            reason: 'after the SIEM migration',
            decidedBy: people.ceo.id,
            at: s.defer.data.at,
          },
        },
      ]);
  });

  it('is rejected with the reason, by the review decision that took it', () => {
    const reject = { ...s.reject, data: { ...s.reject.data, reviewId: 'r1', decisionId: 'dec-3' } };
    improvementSpec
      .given(evaluated)
      .when(reject)
      .then([
        {
          type: 'ImprovementOpportunityRejected',
          data: {
            opportunityId: 'imp-automate',
            reason: 'the tooling costs more than the time it saves',
            reviewId: 'r1',
            decisionId: 'dec-3',
            decidedBy: people.ceo.id,
            at: s.reject.data.at,
          },
        },
      ]);
  });

  it('is revisited once deferred: evaluated again, its revisit date lapses; then adopted', () => {
    const again = { ...s.evaluate, data: { ...s.evaluate.data, effort: 'low' as const, at: minute(0, '2026-10-01') } };
    const revisited = historyOf(improvementDecider, [s.log, s.evaluate, s.defer, again]);
    expect(foldState(improvementDecider, deferred).revisitOn).toBe('2026-09-30');
    expect(foldState(improvementDecider, revisited)).toMatchObject({ status: 'evaluated', revisitOn: undefined });
    improvementSpec
      .given(revisited)
      .when(decide({ at: minute(0, '2026-10-15') }))
      .then([adoptedBy('dec-1', minute(0, '2026-10-15'))]);
  });

  it('refuses a decision before the opportunity is evaluated', () => {
    improvementSpec.given(logged).when(s.adopt).then({ _tag: 'RuleBroken', rule: '10.1' });
  });

  it('refuses to decide an opportunity twice', () => {
    improvementSpec
      .given(adopted)
      .when(decide({ at: minute(0, '2026-04-01') }))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses an adoption that names no review decision', () => {
    improvementSpec
      .given(evaluated)
      .when(decide({ reviewId: undefined, decisionId: undefined, actionIds: undefined }))
      .then({
        _tag: 'RuleBroken',
        rule: '9.3.3',
        message: 'an adopted opportunity names the review decision that adopted it (9.3.3)',
      });
  });

  const { revisitOn: _revisitOn, ...deferralWithoutDate } = s.defer.data;
  const { reason: _reason, ...rejectionWithoutReason } = s.reject.data;
  it.each([
    ['a review without its decision', decide({ decisionId: undefined }), '9.3.3'],
    ['a decision without its review', { ...s.reject, data: { ...s.reject.data, decisionId: 'dec-3' } }, '9.3.3'],
    ['a deferral without a date to revisit it', { ...s.defer, data: deferralWithoutDate }, '10.1'],
    [
      'a revisit date that is not after the decision',
      { ...s.defer, data: { ...s.defer.data, revisitOn: '2026-03-31' } },
      'chronology',
    ],
    ['a rejection without a reason', { ...s.reject, data: rejectionWithoutReason }, '10.1'],
    ['actions on a deferral', { ...s.defer, data: { ...s.defer.data, actionIds: ['act-1'] } }, '10.1'],
    ['a revisit date on an adoption', decide({ revisitOn: '2026-09-30' }), '10.1'],
  ])('refuses %s', (_, command, rule) => {
    improvementSpec.given(evaluated).when(command).then({ _tag: 'RuleBroken', rule });
  });
});
