import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { builtInPolicy, withPolicy } from '../policy/policy.js';
import { indicatorSamples } from '../testing/indicatorSamples.js';
import { people } from '../testing/people.js';
import { indicatorSpec } from '../testing/specs.js';
import { indicatorDecider } from './decide.js';

const withBuiltInPolicy = deciderSpec(withPolicy(indicatorDecider, builtInPolicy));
const s = indicatorSamples();
const defined = historyOf(indicatorDecider, [s.define]);
const measured = historyOf(indicatorDecider, [s.define, s.record('2026-01', 6)]);

const recorded = (period: string, value: number, meetsTarget: boolean, breach: boolean) => ({
  type: 'MeasurementRecorded' as const,
  data: {
    indicatorId: 'ind-incidents',
    period,
    value,
    sourceReference: `incident tickets reported in ${period}`,
    measuredBy: people.itLead.id,
    meetsTarget,
    breach,
    at: s.record(period, value).data.at,
  },
});

describe("an indicator's measurements, one per period (9.1 c, d)", () => {
  it('records a period’s value, with its source, who measured it, and how it stands against target and threshold', () => {
    indicatorSpec
      .given(defined)
      .when(s.record('2026-01', 3))
      .then([recorded('2026-01', 3, true, false)]);
    indicatorSpec
      .given(defined)
      .when(s.record('2026-01', 6))
      .then([recorded('2026-01', 6, false, false)]);
    indicatorSpec
      .given(defined)
      .when(s.record('2026-01', 9))
      .then([recorded('2026-01', 9, false, true)]);
  });

  it('refuses a period that is not of the indicator’s frequency', () => {
    indicatorSpec
      .given(defined)
      .when({ ...s.record('2026-01', 3), data: { ...s.record('2026-01', 3).data, period: '2026-Q1' } })
      .then({ _tag: 'RuleBroken', rule: '9.1 c' });
  });

  it('refuses a second value for a period: a period has one, corrected if wrong', () => {
    const outcome = indicatorSpec
      .given(measured)
      .when(s.record('2026-01', 5))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
    expect(outcome.result._tag === 'Left' && outcome.result.left.message).toMatch(/correct/);
  });

  it('refuses a period that has not begun', () => {
    const early = { ...s.record('2026-03', 3), data: { ...s.record('2026-03', 3).data, at: '2026-02-27T09:00:00Z' } };
    indicatorSpec.given(defined).when(early).then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('supersedes a value with a correction, keeping the value it replaces and the reason', () => {
    const correction = s.correct('2026-01', 9);
    indicatorSpec
      .given(measured)
      .when(correction)
      .then([
        {
          type: 'MeasurementCorrected',
          data: {
            indicatorId: 'ind-incidents',
            period: '2026-01',
            previousValue: 6,
            value: 9,
            reason: correction.data.reason,
            sourceReference: correction.data.sourceReference,
            correctedBy: people.itLead.id,
            meetsTarget: false,
            breach: true,
            at: correction.data.at,
          },
        },
      ]);
  });

  it('holds the latest value of a corrected period once, with the number of corrections', () => {
    const outcome = indicatorSpec
      .given(historyOf(indicatorDecider, [s.define, s.record('2026-01', 6), s.correct('2026-01', 9)]))
      .when(s.record('2026-02', 3))
      .then([recorded('2026-02', 3, true, false)]);
    expect(outcome.state.measurements).toEqual({
      '2026-01': {
        value: 9,
        sourceReference: s.correct('2026-01', 9).data.sourceReference,
        meetsTarget: false,
        breach: true,
        corrections: 1,
      },
    });
  });

  it('refuses to correct a period that has no measurement', () => {
    indicatorSpec.given(defined).when(s.correct('2026-01', 9)).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a correction that changes neither the value nor its source', () => {
    const same = s.correct('2026-01', 6);
    indicatorSpec
      .given(measured)
      .when({ ...same, data: { ...same.data, sourceReference: s.record('2026-01', 6).data.sourceReference } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('lets only the indicator’s measurer record and correct its measurements (policy 9.1 d)', () => {
    withBuiltInPolicy
      .given(defined)
      .when({ ...s.record('2026-01', 3), actor: people.ciso })
      .then({ _tag: 'NotPermitted', rule: '9.1 d' });
    withBuiltInPolicy
      .given(measured)
      .when({ ...s.correct('2026-01', 9), actor: people.hrLead })
      .then({ _tag: 'NotPermitted', rule: '9.1 d' });
    withBuiltInPolicy
      .given(defined)
      .when(s.record('2026-01', 3))
      .then([recorded('2026-01', 3, true, false)]);
  });
});
