import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { builtInPolicy, withPolicy } from '../policy/policy.js';
import { indicatorSamples } from '../testing/indicatorSamples.js';
import { people } from '../testing/people.js';
import { indicatorSpec } from '../testing/specs.js';
import { indicatorDecider } from './decide.js';

const s = indicatorSamples();
const measured = (value: number) => historyOf(indicatorDecider, [s.define, s.record('2026-01', value)]);

const analysed = (value: number, breach: boolean, breachExplanation?: string) => ({
  type: 'IndicatorPeriodAnalysed' as const,
  data: {
    indicatorId: 'ind-incidents',
    period: '2026-01',
    value,
    breach,
    conclusion: s.analyse('2026-01').data.conclusion,
    breachExplanation,
    analysedBy: people.ciso.id,
    at: s.analyse('2026-01').data.at,
  },
});

describe("an indicator's periods are analysed by its analyst (9.1 f)", () => {
  it('records the analyst’s conclusion on the period’s value', () => {
    indicatorSpec
      .given(measured(3))
      .when(s.analyse('2026-01'))
      .then([analysed(3, false)]);
  });

  it('refuses to analyse a period that has no measurement', () => {
    indicatorSpec
      .given(historyOf(indicatorDecider, [s.define]))
      .when(s.analyse('2026-01'))
      .then({ _tag: 'RuleBroken', rule: '9.1 f' });
  });

  it('refuses a breach left unexplained', () => {
    indicatorSpec.given(measured(9)).when(s.analyse('2026-01')).then({ _tag: 'RuleBroken', rule: '9.1 f' });
  });

  it('records the explanation of a breach', () => {
    indicatorSpec
      .given(measured(9))
      .when(s.analyse('2026-01', 'a phishing campaign hit the sales team'))
      .then([analysed(9, true, 'a phishing campaign hit the sales team')]);
  });

  it('keeps no breach explanation for a value that is not a breach', () => {
    indicatorSpec
      .given(measured(3))
      .when(s.analyse('2026-01', 'nothing to explain'))
      .then([analysed(3, false)]);
  });

  it('refuses to analyse a period twice', () => {
    indicatorSpec
      .given(historyOf(indicatorDecider, [s.define, s.record('2026-01', 3), s.analyse('2026-01')]))
      .when({ ...s.analyse('2026-01'), data: { ...s.analyse('2026-01').data, at: '2026-02-03T09:00:00Z' } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('analyses a period again once its value is corrected, on the corrected value', () => {
    const corrected = historyOf(indicatorDecider, [
      s.define,
      s.record('2026-01', 3),
      { ...s.analyse('2026-01'), data: { ...s.analyse('2026-01').data, at: '2026-02-02T10:00:00Z' } },
      s.correct('2026-01', 9),
    ]);
    indicatorSpec
      .given(corrected)
      .when(s.analyse('2026-01', 'two incidents were found late'))
      .then([analysed(9, true, 'two incidents were found late')]);
  });

  it('lets only the indicator’s analyst analyse (policy 9.1 f)', () => {
    deciderSpec(withPolicy(indicatorDecider, builtInPolicy))
      .given(measured(3))
      .when({ ...s.analyse('2026-01'), actor: people.itLead })
      .then({ _tag: 'NotPermitted', rule: '9.1 f' });
  });
});
