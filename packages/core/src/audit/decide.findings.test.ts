import { deciderSpec, historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { builtInPolicy, withPolicy } from '../policy/policy.js';
import { auditSamples } from '../testing/auditSamples.js';
import { people } from '../testing/people.js';
import { auditSpec } from '../testing/specs.js';
import { auditDecider } from './decide.js';
import type { FindingKind } from './events.js';

const s = auditSamples();
const started = historyOf(auditDecider, [s.plan, s.start]);
const kinds: readonly FindingKind[] = ['conformity', 'nonconformity', 'observation', 'opportunity'];

describe("an audit's findings (9.2.2 b, c; 10.2)", () => {
  it.each(kinds)('records a finding of kind %s on a process in scope', (kind) => {
    auditSpec
      .given(started)
      .when(s.finding(kind))
      .then([{ type: 'AuditFindingRecorded', data: s.finding(kind).data }]);
  });

  it('refuses a finding before the audit has started', () => {
    auditSpec
      .given(historyOf(auditDecider, [s.plan]))
      .when(s.finding('observation'))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a finding once the audit is reported', () => {
    const late = {
      ...s.finding('observation'),
      data: { ...s.finding('observation').data, at: '2026-05-13T09:00:00Z' },
    };
    auditSpec
      .given(historyOf(auditDecider, [s.plan, s.start, s.report]))
      .when(late)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses to record a finding twice', () => {
    auditSpec
      .given(historyOf(auditDecider, [s.plan, s.start, s.finding('observation')]))
      .when(s.finding('opportunity'))
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a finding on a process outside the scope', () => {
    const outside = s.finding('observation');
    auditSpec
      .given(started)
      .when({ ...outside, data: { ...outside.data, process: 'supplier management' } })
      .then({ _tag: 'RuleBroken', rule: '9.2.2 b' });
  });

  it('refuses a finding by the owner of its process: an auditor does not audit their own process', () => {
    const own = s.finding('conformity');
    auditSpec
      .given(started)
      .when({ ...own, data: { ...own.data, auditor: people.itLead } })
      .then({ _tag: 'RuleBroken', rule: '9.2.2 c' });
  });

  it('accepts a finding by another auditor who owns another process in scope', () => {
    const other = s.finding('conformity');
    const byHr = { ...other, data: { ...other.data, auditor: people.hrLead } };
    auditSpec
      .given(started)
      .when(byHr)
      .then([{ type: 'AuditFindingRecorded', data: byHr.data }]);
  });

  it('refuses a nonconformity finding that names no NonConformity', () => {
    const finding = s.finding('nonconformity');
    auditSpec
      .given(started)
      .when({ ...finding, data: { ...finding.data, nonConformityId: undefined } })
      .then({ _tag: 'RuleBroken', rule: '10.2' });
  });

  it('refuses a NonConformity named by a finding that is not a nonconformity', () => {
    const finding = s.finding('observation');
    auditSpec
      .given(started)
      .when({ ...finding, data: { ...finding.data, nonConformityId: 'nc-1' } })
      .then({ _tag: 'RuleBroken', rule: '10.2' });
  });

  it('lets no process owner record findings on their own process (policy 9.2.2 c)', () => {
    deciderSpec(withPolicy(auditDecider, builtInPolicy))
      .given(started)
      .when({ ...s.finding('conformity'), actor: people.itLead })
      .then({ _tag: 'NotPermitted', rule: '9.2.2 c' });
  });
});
