import { foldState } from '@mgmt-review/eventsourcing';
import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { objectiveSamples } from '../testing/objectiveSamples.js';
import { objectiveSpec } from '../testing/specs.js';
import { objectiveDecider } from './decide.js';

const s = objectiveSamples();
const set = historyOf(objectiveDecider, [s.set]);
const { objectiveId: _, at: __, ...definition } = s.set.data;

describe('an objective is set (6.2)', () => {
  it('is set measurable: a target on an indicator, with its policy, owner, plan and due date', () => {
    objectiveSpec
      .given([])
      .when(s.set)
      .then([{ type: 'ObjectiveSet', data: s.set.data }]);
  });

  it('is set with fulfilment criteria where it is not measurable', () => {
    objectiveSpec
      .given([])
      .when(s.setJudged)
      .then([{ type: 'ObjectiveSet', data: s.setJudged.data }]);
  });

  it('refuses an objective with neither a target nor fulfilment criteria', () => {
    objectiveSpec
      .given([])
      .when({ ...s.set, data: { ...s.set.data, target: undefined } })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('refuses an objective with both a target and fulfilment criteria', () => {
    objectiveSpec
      .given([])
      .when({ ...s.set, data: { ...s.set.data, fulfilmentCriteria: 'the committee agrees' } })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('refuses a due date before the day it is set', () => {
    objectiveSpec
      .given([])
      .when({ ...s.set, data: { ...s.set.data, dueDate: '2026-01-09' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses to set the same objective twice', () => {
    objectiveSpec.given(set).when(s.set).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command dated before the last recorded fact', () => {
    objectiveSpec
      .given(set)
      .when({ ...s.withdraw, data: { ...s.withdraw.data, at: '2026-01-09T09:00:00Z' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a command to an objective that does not exist', () => {
    objectiveSpec.given([]).when(s.withdraw).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

/** The revision of the sample objective: its whole definition, with these changes. */
const revisedTo = (changes: Partial<typeof definition>, from = definition) => ({
  type: 'ObjectiveRevised' as const,
  data: { objectiveId: 'obj-incidents', reason: s.revise.data.reason, ...from, ...changes, at: s.revise.data.at },
});

describe('an objective is revised, its history kept (6.2 f)', () => {
  it('records the whole definition as revised, with the reason', () => {
    objectiveSpec
      .given(set)
      .when(s.revise)
      .then([revisedTo({ target: { indicatorId: 'ind-incidents', value: 3, direction: 'lowerIsBetter' } })]);
  });

  it('replaces the target with fulfilment criteria', () => {
    const judged = {
      ...s.revise,
      data: { ...s.revise.data, target: undefined, fulfilmentCriteria: 'the committee agrees' },
    };
    objectiveSpec
      .given(set)
      .when(judged)
      .then([revisedTo({ target: undefined, fulfilmentCriteria: 'the committee agrees' })]);
  });

  it('replaces fulfilment criteria with a target', () => {
    const { objectiveId: _, at: __, ...judgedDefinition } = s.setJudged.data;
    objectiveSpec
      .given(historyOf(objectiveDecider, [s.setJudged]))
      .when(s.revise)
      .then([
        revisedTo(
          { target: s.revise.data.target, fulfilmentCriteria: undefined },
          { ...judgedDefinition, requirements: undefined },
        ),
      ]);
  });

  it('refuses a revision that names nothing to change', () => {
    objectiveSpec
      .given(set)
      .when({ ...s.revise, data: { objectiveId: 'obj-incidents', reason: 'no reason', at: s.revise.data.at } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a revision to both a target and fulfilment criteria', () => {
    objectiveSpec
      .given(set)
      .when({ ...s.revise, data: { ...s.revise.data, fulfilmentCriteria: 'the committee agrees' } })
      .then({ _tag: 'RuleBroken', rule: '6.2 b' });
  });

  it('refuses a new due date in the past', () => {
    objectiveSpec
      .given(set)
      .when({ ...s.revise, data: { ...s.revise.data, dueDate: '2026-03-31' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('makes the latest evaluation of progress lapse: it was made against the definition replaced', () => {
    const evaluation = { ...s.evaluate(3), data: { ...s.evaluate(3).data, at: '2026-04-01T09:00:00Z' } };
    const evaluated = historyOf(objectiveDecider, [s.set, evaluation]);
    expect(foldState(objectiveDecider, evaluated).progress).toMatchObject({ progress: 'onTrack', meetsTarget: true });
    const revised = historyOf(objectiveDecider, [s.set, evaluation, s.revise]);
    expect(foldState(objectiveDecider, revised).progress).toBeUndefined();
  });
});

describe('an objective is withdrawn', () => {
  it('is withdrawn with the reason', () => {
    objectiveSpec
      .given(set)
      .when(s.withdraw)
      .then([{ type: 'ObjectiveWithdrawn', data: s.withdraw.data }]);
  });

  it('takes no command once withdrawn', () => {
    const withdrawn = historyOf(objectiveDecider, [s.set, s.withdraw]);
    objectiveSpec.given(withdrawn).when(s.achieve(3)).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
    objectiveSpec.given(withdrawn).when(s.withdraw).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
