import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { builtInPolicy, riskDecider, withPolicy } from '../index.js';
import { people } from '../testing/people.js';
import { minute, riskSamples } from '../testing/samples.js';
import { riskSpec } from '../testing/specs.js';

const s = riskSamples('risk-1');
const identified = historyOf(riskDecider, [s.identify]);
const assessed = historyOf(riskDecider, [s.identify, s.assess]);
const decided = historyOf(riskDecider, [s.identify, s.assess, s.decideTreatment]);
const approved = historyOf(riskDecider, [s.identify, s.assess, s.decideTreatment, s.approvePlan]);

describe('a risk is treated (6.1.3, 8.3)', () => {
  it('decides a treatment with Annex A controls', () => {
    riskSpec
      .given(assessed)
      .when(s.decideTreatment)
      .then([{ type: 'TreatmentDecided', data: s.decideTreatment.data }]);
  });

  it('refuses a treatment before the risk is assessed (6.1.3 a)', () => {
    riskSpec.given(identified).when(s.decideTreatment).then({ _tag: 'RuleBroken', rule: '6.1.3 a' });
  });

  it('refuses to modify a risk without controls (6.1.3 b)', () => {
    riskSpec
      .given(assessed)
      .when({ ...s.decideTreatment, data: { ...s.decideTreatment.data, controls: [] } })
      .then({ _tag: 'RuleBroken', rule: '6.1.3 b' });
  });

  it('has the treatment plan approved by the risk owner (6.1.3 f)', () => {
    riskSpec
      .given(decided)
      .when(s.approvePlan)
      .then([
        {
          type: 'TreatmentPlanApproved',
          data: { riskId: 'risk-1', approvedBy: people.itLead.id, at: s.approvePlan.data.at },
        },
      ]);
  });

  it('refuses approval by anyone but the risk owner (built-in policy, 6.1.3 f)', () => {
    deciderSpec(withPolicy(riskDecider, builtInPolicy))
      .given(decided)
      .when({ ...s.approvePlan, actor: people.ciso })
      .then({ _tag: 'NotPermitted', rule: '6.1.3 f' });
  });

  it('refuses to approve a plan that is not decided (6.1.3 e)', () => {
    riskSpec.given(assessed).when(s.approvePlan).then({ _tag: 'RuleBroken', rule: '6.1.3 e' });
  });

  it('links the actions that implement the plan (8.3)', () => {
    riskSpec
      .given(approved)
      .when(s.linkActions)
      .then([{ type: 'TreatmentActionsLinked', data: s.linkActions.data }]);
  });

  it('refuses actions for a plan not approved (8.3)', () => {
    riskSpec.given(decided).when(s.linkActions).then({ _tag: 'RuleBroken', rule: '8.3' });
  });

  it('assesses the residual risk against the appetite', () => {
    riskSpec
      .given(approved)
      .when(s.assessResidual(3, 3))
      .then([
        {
          type: 'ResidualRiskAssessed',
          data: { riskId: 'risk-1', likelihood: 3, impact: 3, score: 9, aboveAppetite: true, at: minute(60 * 24 * 30) },
        },
      ]);
  });

  it('refuses a residual risk before the plan is approved (6.1.3 f)', () => {
    riskSpec.given(decided).when(s.assessResidual()).then({ _tag: 'RuleBroken', rule: '6.1.3 f' });
  });
});
