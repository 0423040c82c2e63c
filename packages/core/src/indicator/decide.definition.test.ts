import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { indicatorSamples } from '../testing/indicatorSamples.js';
import { indicatorSpec } from '../testing/specs.js';
import { indicatorDecider } from './decide.js';

const s = indicatorSamples();
const defined = historyOf(indicatorDecider, [s.define]);
const retired = historyOf(indicatorDecider, [s.define, s.retire]);

describe('an indicator is defined and retired (9.1)', () => {
  it('is defined with what is measured, how, by whom, who analyses it, its target and threshold', () => {
    indicatorSpec
      .given([])
      .when(s.define)
      .then([{ type: 'IndicatorDefined', data: s.define.data }]);
  });

  it('refuses to define the same indicator twice', () => {
    indicatorSpec.given(defined).when(s.define).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a target beyond the breach threshold when lower is better', () => {
    indicatorSpec
      .given([])
      .when({ ...s.define, data: { ...s.define.data, target: 9, threshold: 8 } })
      .then({ _tag: 'RuleBroken', rule: '9.1' });
  });

  it('refuses a target beyond the breach threshold when higher is better', () => {
    indicatorSpec
      .given([])
      .when({ ...s.define, data: { ...s.define.data, direction: 'higherIsBetter', target: 90, threshold: 95 } })
      .then({ _tag: 'RuleBroken', rule: '9.1' });
  });

  it('accepts a target on the threshold itself', () => {
    const onThreshold = { ...s.define, data: { ...s.define.data, target: 8, threshold: 8 } };
    indicatorSpec
      .given([])
      .when(onThreshold)
      .then([{ type: 'IndicatorDefined', data: onThreshold.data }]);
  });

  it('refuses a measurement of an indicator that does not exist', () => {
    indicatorSpec.given([]).when(s.record('2026-01', 3)).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('is retired with a reason', () => {
    indicatorSpec
      .given(defined)
      .when(s.retire)
      .then([{ type: 'IndicatorRetired', data: s.retire.data }]);
  });

  it('records nothing once retired, not even a retirement', () => {
    indicatorSpec.given(retired).when(s.record('2027-01', 3)).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
    indicatorSpec.given(retired).when(s.retire).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command dated before the last recorded fact', () => {
    indicatorSpec
      .given(historyOf(indicatorDecider, [s.define, s.record('2026-03', 3)]))
      .when(s.record('2026-01', 3))
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});
