import { foldState } from '@mgmt-review/eventsourcing';
import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { interestedPartyDecider, requirementOf } from '../index.js';
import { interestedPartySamples } from '../testing/interestedPartySamples.js';
import { minute } from '../testing/samples.js';
import { interestedPartySpec } from '../testing/specs.js';

const s = interestedPartySamples('ip-bank');
const registered = historyOf(interestedPartyDecider, [s.register]);
const withRequirements = historyOf(interestedPartyDecider, [s.register, s.recordAddressed, s.recordNotAddressed]);
const withdrawn = historyOf(interestedPartyDecider, [s.register, s.recordAddressed, s.recordNotAddressed, s.withdraw]);
const later = (at: string) => ({ at: minute(0, at) });

describe('an interested party is registered (4.2 a)', () => {
  it('is registered with its name, kind and why it is relevant', () => {
    interestedPartySpec
      .given([])
      .when(s.register)
      .then([{ type: 'InterestedPartyRegistered', data: s.register.data }]);
  });

  it('refuses to register the same party twice', () => {
    interestedPartySpec.given(registered).when(s.register).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a requirement of a party not registered', () => {
    interestedPartySpec.given([]).when(s.recordAddressed).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('a requirement is recorded (4.2 b, c; Amd 1:2024)', () => {
  it('records a need addressed through the ISMS, and how', () => {
    interestedPartySpec
      .given(registered)
      .when(s.recordAddressed)
      .then([{ type: 'RequirementRecorded', data: s.recordAddressed.data }]);
  });

  it('records a climate-related need the ISMS does not address, and why', () => {
    interestedPartySpec
      .given(registered)
      .when(s.recordNotAddressed)
      .then([{ type: 'RequirementRecorded', data: s.recordNotAddressed.data }]);
  });

  it('refuses a requirement that says neither how the ISMS addresses it nor why not', () => {
    const { addressedBy: _, ...neither } = s.recordAddressed.data;
    interestedPartySpec
      .given(registered)
      .when({ ...s.recordAddressed, data: neither })
      .then({ _tag: 'RuleBroken', rule: '4.2 c' });
  });

  it('refuses a requirement that says both', () => {
    interestedPartySpec
      .given(registered)
      .when({ ...s.recordAddressed, data: { ...s.recordAddressed.data, notAddressedReason: 'out of scope' } })
      .then({ _tag: 'RuleBroken', rule: '4.2 c' });
  });

  it('refuses a requirement id already used', () => {
    interestedPartySpec
      .given(withRequirements)
      .when({ ...s.recordAddressed, data: { ...s.recordAddressed.data, ...later('2026-01-13') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a requirement dated before the last fact recorded', () => {
    interestedPartySpec
      .given(withRequirements)
      .when({
        ...s.recordAddressed,
        data: { ...s.recordAddressed.data, requirementId: 'req-new', ...later('2026-01-05') },
      })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});

describe('a requirement changes (9.3.2 c)', () => {
  it('records the whole requirement as changed, its revision and the reason', () => {
    interestedPartySpec
      .given(withRequirements)
      .when(s.change)
      .then([
        {
          type: 'RequirementChanged',
          data: {
            interestedPartyId: 'ip-bank',
            requirementId: 'req-conf',
            revision: 2,
            reason: s.change.data.reason,
            need: 'customer data encrypted at rest and in transit, with keys the customer holds',
            source: 'master services agreement §12',
            climateRelated: false,
            addressedBy: [
              { kind: 'control', reference: 'A.8.24' },
              { kind: 'policy', reference: 'POL-CRYPTO v2' },
            ],
            at: s.change.data.at,
          },
        },
      ]);
  });

  it('replaces a reason not addressed by how the ISMS now addresses it', () => {
    const change = {
      ...s.change,
      data: {
        interestedPartyId: 'ip-bank',
        requirementId: 'req-carbon',
        reason: 'the customer made it a contract term',
        addressedBy: [{ kind: 'objective' as const, reference: 'obj-carbon' }],
        at: minute(0, '2026-03-06'),
      },
    };
    const state = foldState(
      interestedPartyDecider,
      historyOf(interestedPartyDecider, [s.register, s.recordNotAddressed, change]),
    );
    expect(requirementOf(state, 'req-carbon')).toEqual({
      requirementId: 'req-carbon',
      need: s.recordNotAddressed.data.need,
      source: s.recordNotAddressed.data.source,
      climateRelated: true,
      addressedBy: [{ kind: 'objective', reference: 'obj-carbon' }],
      notAddressedReason: undefined,
      status: 'current',
      revision: 2,
      lastAt: minute(0, '2026-03-06'),
    });
  });

  it('refuses a change that names nothing to change', () => {
    interestedPartySpec
      .given(withRequirements)
      .when({
        ...s.change,
        data: { interestedPartyId: 'ip-bank', requirementId: 'req-conf', reason: 'none', at: s.change.data.at },
      })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a change that both addresses it and says why not', () => {
    interestedPartySpec
      .given(withRequirements)
      .when({ ...s.change, data: { ...s.change.data, notAddressedReason: 'out of scope' } })
      .then({ _tag: 'RuleBroken', rule: '4.2 c' });
  });

  it('refuses a change of a requirement the party does not have', () => {
    interestedPartySpec
      .given(registered)
      .when(s.change)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'the party has no requirement req-conf (lifecycle)' });
  });

  it('refuses a change of a withdrawn requirement', () => {
    interestedPartySpec
      .given(withdrawn)
      .when({ ...s.change, data: { ...s.change.data, requirementId: 'req-carbon', ...later('2026-04-02') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'requirement req-carbon is withdrawn (lifecycle)' });
  });
});

describe('a requirement is withdrawn', () => {
  it('is withdrawn with the reason, its history kept', () => {
    const outcome = interestedPartySpec
      .given(withRequirements)
      .when(s.withdraw)
      .then([{ type: 'RequirementWithdrawn', data: s.withdraw.data }]);
    expect(outcome.state.requirements).toHaveLength(2);
    expect(requirementOf(foldState(interestedPartyDecider, withdrawn), 'req-carbon')?.status).toBe('withdrawn');
  });

  it('refuses to withdraw it twice', () => {
    interestedPartySpec
      .given(withdrawn)
      .when(s.withdraw)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle', message: 'requirement req-carbon is withdrawn (lifecycle)' });
  });

  it('refuses to withdraw a requirement the party does not have', () => {
    interestedPartySpec.given(registered).when(s.withdraw).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('does not give a withdrawn requirement’s id to a new one', () => {
    interestedPartySpec
      .given(withdrawn)
      .when({ ...s.recordNotAddressed, data: { ...s.recordNotAddressed.data, ...later('2026-04-02') } })
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
