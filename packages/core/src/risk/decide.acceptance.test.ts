import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { builtInPolicy, riskDecider, withPolicy } from '../index.js';
import { people } from '../testing/people.js';
import { minute, riskCriteria, riskSamples, riskScale, riskUpToResidual } from '../testing/samples.js';
import { riskSpec } from '../testing/specs.js';

const s = riskSamples('risk-1');
const identified = historyOf(riskDecider, [s.identify]);
const approved = historyOf(riskDecider, [s.identify, s.assess, s.decideTreatment, s.approvePlan]);
const residual = (likelihood: number, impact: number) => historyOf(riskDecider, riskUpToResidual(likelihood, impact));
const retired = historyOf(riskDecider, [s.identify, s.retire]);

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
