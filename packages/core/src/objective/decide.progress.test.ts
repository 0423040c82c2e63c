import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { objectiveSamples } from '../testing/objectiveSamples.js';
import { people } from '../testing/people.js';
import { objectiveSpec } from '../testing/specs.js';
import { objectiveDecider } from './decide.js';

const s = objectiveSamples();
const set = historyOf(objectiveDecider, [s.set]);
const judged = historyOf(objectiveDecider, [s.setJudged]);

const evaluated = (value: number, meetsTarget: boolean, progress: 'onTrack' | 'atRisk' | 'offTrack') => ({
  type: 'ObjectiveProgressEvaluated' as const,
  data: {
    objectiveId: 'obj-incidents',
    progress,
    comment: s.evaluate(value).data.comment,
    evaluatedBy: people.ciso.id,
    measurement: { indicatorId: 'ind-incidents', period: '2026-06', value },
    meetsTarget,
    at: s.evaluate(value).data.at,
  },
});

describe("an objective's progress is monitored (6.2 d)", () => {
  it('is evaluated on a measurement of its indicator, noting whether it meets the target', () => {
    objectiveSpec
      .given(set)
      .when(s.evaluate(4))
      .then([evaluated(4, true, 'onTrack')]);
    objectiveSpec
      .given(set)
      .when(s.evaluate(7, 'atRisk'))
      .then([evaluated(7, false, 'atRisk')]);
  });

  it('refuses to evaluate a measurable objective without a measurement', () => {
    objectiveSpec
      .given(set)
      .when({ ...s.evaluate(4), data: { ...s.evaluate(4).data, measurement: undefined } })
      .then({ _tag: 'RuleBroken', rule: '6.2 d' });
  });

  it('refuses a measurement of another indicator', () => {
    const other = s.evaluate(4);
    objectiveSpec
      .given(set)
      .when({
        ...other,
        data: { ...other.data, measurement: { indicatorId: 'ind-other', period: '2026-06', value: 4 } },
      })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('evaluates an objective that is not measurable without a measurement', () => {
    const command = { ...s.evaluate(4), data: { ...s.evaluate(4).data, measurement: undefined } };
    objectiveSpec
      .given(judged)
      .when(command)
      .then([
        {
          type: 'ObjectiveProgressEvaluated',
          data: {
            objectiveId: 'obj-incidents',
            progress: 'onTrack',
            comment: command.data.comment,
            evaluatedBy: people.ciso.id,
            at: command.data.at,
          },
        },
      ]);
  });

  it('refuses a measurement for an objective that is not measurable', () => {
    objectiveSpec.given(judged).when(s.evaluate(4)).then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });
});
