import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { riskDecider } from '../index.js';
import { riskCriteria, riskSamples, riskScale } from '../testing/samples.js';
import { riskSpec } from '../testing/specs.js';

const s = riskSamples('risk-1');
const identified = historyOf(riskDecider, [s.identify]);

describe('a risk is identified and assessed (6.1.2)', () => {
  it('is identified with owner and the CIA properties it threatens', () => {
    riskSpec
      .given([])
      .when(s.identify)
      .then([{ type: 'RiskIdentified', data: s.identify.data }]);
  });

  it('refuses a risk to none of confidentiality, integrity and availability (6.1.2 c)', () => {
    riskSpec
      .given([])
      .when({
        ...s.identify,
        data: { ...s.identify.data, cia: { confidentiality: false, integrity: false, availability: false } },
      })
      .then({ _tag: 'RuleBroken', rule: '6.1.2 c' });
  });

  it('refuses to identify the same risk twice', () => {
    riskSpec.given(identified).when(s.identify).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('is assessed as likelihood × impact, with the scale, criteria and appetite of the day', () => {
    riskSpec
      .given(identified)
      .when(s.assess)
      .then([
        {
          type: 'RiskAssessed',
          data: {
            riskId: 'risk-1',
            likelihood: 4,
            impact: 5,
            score: 20,
            scale: riskScale,
            criteria: riskCriteria,
            appetite: 8,
            at: s.assess.data.at,
          },
        },
      ]);
  });

  it('refuses a likelihood beyond the scale (6.1.2 b)', () => {
    riskSpec
      .given(identified)
      .when({ ...s.assess, data: { ...s.assess.data, likelihood: 6 } })
      .then({ _tag: 'RuleBroken', rule: '6.1.2 b' });
  });

  it('refuses an appetite beyond the highest score (6.1.2 a)', () => {
    riskSpec
      .given(identified)
      .when({ ...s.assess, data: { ...s.assess.data, appetite: 26 } })
      .then({ _tag: 'RuleBroken', rule: '6.1.2 a' });
  });
});
