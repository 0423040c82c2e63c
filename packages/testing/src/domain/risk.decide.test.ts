import { builtInPolicy, riskDecider, withPolicy } from '@mgmt-review/core';
import { describe, it } from 'vitest';
import { deciderSpec } from './givenWhenThen.js';
import { historyOf } from './history.js';
import { people } from './people.js';
import { minute, riskCriteria, riskSamples, riskScale } from './samples.js';
import { riskSpec } from './specs.js';

const s = riskSamples('risk-1');
const identified = historyOf(riskDecider, [s.identify]);
const assessed = historyOf(riskDecider, [s.identify, s.assess]);
const decided = historyOf(riskDecider, [s.identify, s.assess, s.decideTreatment]);
const approved = historyOf(riskDecider, [s.identify, s.assess, s.decideTreatment, s.approvePlan]);
const residual = (likelihood: number, impact: number) =>
  historyOf(riskDecider, [
    s.identify,
    s.assess,
    s.decideTreatment,
    s.approvePlan,
    s.assessResidual(likelihood, impact),
  ]);
const retired = historyOf(riskDecider, [s.identify, s.retire]);

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

describe('a residual risk is accepted by its owner (6.1.3 f)', () => {
  it('accepts a residual risk within appetite until an expiry date', () => {
    riskSpec
      .given(residual(2, 3))
      .when(s.accept())
      .then([
        {
          type: 'ResidualRiskAccepted',
          data: {
            riskId: 'risk-1',
            acceptedBy: people.itLead.id,
            score: 6,
            aboveAppetite: false,
            expiresOn: '2027-04-30',
            at: s.accept().data.at,
          },
        },
      ]);
  });

  it('refuses a residual risk above appetite accepted without the exception (6.1.3 f)', () => {
    riskSpec.given(residual(3, 3)).when(s.accept()).then({ _tag: 'RuleBroken', rule: '6.1.3 f' });
  });

  it('accepts a residual risk above appetite as a justified exception', () => {
    const command = s.accept('compensating monitoring until migration');
    riskSpec
      .given(residual(3, 3))
      .when(command)
      .then([
        {
          type: 'ResidualRiskAccepted',
          data: {
            riskId: 'risk-1',
            acceptedBy: people.itLead.id,
            score: 9,
            aboveAppetite: true,
            expiresOn: '2027-04-30',
            exceptionJustification: 'compensating monitoring until migration',
            at: command.data.at,
          },
        },
      ]);
  });

  it('refuses acceptance by anyone but the risk owner (built-in policy, 6.1.3 f)', () => {
    deciderSpec(withPolicy(riskDecider, builtInPolicy))
      .given(residual(2, 3))
      .when({ ...s.accept(), actor: people.ciso })
      .then({ _tag: 'NotPermitted', rule: '6.1.3 f' });
  });

  it('refuses an acceptance that expires when it is given', () => {
    const command = s.accept();
    riskSpec
      .given(residual(2, 3))
      .when({ ...command, data: { ...command.data, expiresOn: '2026-05-01' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses acceptance before the residual risk is assessed (6.1.3 f)', () => {
    riskSpec.given(approved).when(s.accept()).then({ _tag: 'RuleBroken', rule: '6.1.3 f' });
  });

  it('is reassessed on change, with the scale, criteria and appetite of the day (8.2)', () => {
    riskSpec
      .given(residual(2, 3))
      .when(s.reassess)
      .then([
        {
          type: 'RiskReassessed',
          data: {
            riskId: 'risk-1',
            trigger: 'change',
            reason: 'new cloud file service',
            likelihood: 3,
            impact: 4,
            score: 12,
            scale: riskScale,
            criteria: riskCriteria,
            appetite: 8,
            at: s.reassess.data.at,
          },
        },
      ]);
  });

  it('refuses to reassess a risk never assessed', () => {
    riskSpec.given(identified).when(s.reassess).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('retires a risk with its reason', () => {
    riskSpec
      .given(identified)
      .when(s.retire)
      .then([{ type: 'RiskRetired', data: s.retire.data }]);
  });

  it('refuses anything to a retired risk', () => {
    riskSpec
      .given(retired)
      .when({ ...s.reassess, data: { ...s.reassess.data, at: minute(60 * 24 * 300) } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
