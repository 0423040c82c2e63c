import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { objectiveSamples } from '../testing/objectiveSamples.js';
import { people } from '../testing/people.js';
import { objectiveSpec } from '../testing/specs.js';
import { objectiveDecider } from './decide.js';

const s = objectiveSamples();
const set = historyOf(objectiveDecider, [s.set]);
const judged = historyOf(objectiveDecider, [s.setJudged]);
const higherIsBetter = historyOf(objectiveDecider, [
  {
    ...s.set,
    data: { ...s.set.data, target: { indicatorId: 'ind-incidents', value: 95, direction: 'higherIsBetter' } },
  },
]);

const achieved = (value: number) => ({
  type: 'ObjectiveAchieved' as const,
  data: {
    objectiveId: 'obj-incidents',
    achievedBy: people.ciso.id,
    measurement: { indicatorId: 'ind-incidents', period: '2026-12', value },
    at: s.achieve(value).data.at,
  },
});

describe('an objective is achieved only on its target, or on its recorded evaluation (6.2 b, l)', () => {
  it('is achieved on a measurement that meets its target, lower being better', () => {
    objectiveSpec
      .given(set)
      .when(s.achieve(4))
      .then([achieved(4)]);
    objectiveSpec
      .given(set)
      .when(s.achieve(2))
      .then([achieved(2)]);
  });

  it('is achieved on a measurement that meets its target, higher being better', () => {
    objectiveSpec
      .given(higherIsBetter)
      .when(s.achieve(95))
      .then([achieved(95)]);
  });

  it('refuses a measurement that does not meet the target, naming value and target', () => {
    objectiveSpec.given(set).when(s.achieve(5)).then({ _tag: 'RuleBroken', rule: '6.2 b' });
    objectiveSpec.given(higherIsBetter).when(s.achieve(94)).then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('checks the target in force: after a revision to 3, a 4 no longer achieves it', () => {
    objectiveSpec
      .given(historyOf(objectiveDecider, [s.set, s.revise]))
      .when(s.achieve(4))
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('refuses to achieve a measurable objective without a measurement', () => {
    objectiveSpec
      .given(set)
      .when({ ...s.achieve(4), data: { objectiveId: 'obj-incidents', at: s.achieve(4).data.at } })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('refuses a measurement of another indicator', () => {
    const other = s.achieve(4);
    objectiveSpec
      .given(set)
      .when({
        ...other,
        data: { ...other.data, measurement: { indicatorId: 'ind-other', period: '2026-12', value: 4 } },
      })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('achieves an objective that is not measurable on the evaluation of its criteria', () => {
    objectiveSpec
      .given(judged)
      .when(s.achieveJudged)
      .then([
        {
          type: 'ObjectiveAchieved',
          data: {
            objectiveId: 'obj-incidents',
            achievedBy: people.ciso.id,
            evaluation: s.achieveJudged.data.evaluation,
            at: s.achieveJudged.data.at,
          },
        },
      ]);
  });

  it('refuses to achieve an objective that is not measurable without an evaluation', () => {
    objectiveSpec
      .given(judged)
      .when({ ...s.achieveJudged, data: { objectiveId: 'obj-incidents', at: s.achieveJudged.data.at } })
      .then({ _tag: 'RuleBroken', rule: '6.2 l' });
  });

  it('refuses a measurement for an objective that is not measurable', () => {
    objectiveSpec
      .given(judged)
      .when({ ...s.achieveJudged, data: { ...s.achieveJudged.data, measurement: s.achieve(4).data.measurement } })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('takes no command once achieved', () => {
    objectiveSpec
      .given(historyOf(objectiveDecider, [s.set, s.achieve(3)]))
      .when(s.miss(5))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('an objective is missed, with the evaluation and what follows', () => {
  it('is missed on a measurement short of the target', () => {
    const miss = s.miss(6);
    objectiveSpec
      .given(set)
      .when(miss)
      .then([{ type: 'ObjectiveMissed', data: miss.data }]);
  });

  it('is missed without a measurement', () => {
    objectiveSpec
      .given(judged)
      .when(s.miss())
      .then([{ type: 'ObjectiveMissed', data: s.miss().data }]);
  });

  it('refuses a miss on a measurement that meets the target: that is an achievement', () => {
    objectiveSpec.given(set).when(s.miss(4)).then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('refuses a miss citing a measurement of another indicator', () => {
    const miss = s.miss(6);
    objectiveSpec
      .given(set)
      .when({ ...miss, data: { ...miss.data, measurement: { indicatorId: 'ind-other', period: '2026-12', value: 6 } } })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('takes no command once missed', () => {
    objectiveSpec
      .given(historyOf(objectiveDecider, [s.set, s.miss(6)]))
      .when(s.achieve(3))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
