import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { auditSamples } from '../testing/auditSamples.js';
import { people } from '../testing/people.js';
import { auditSpec } from '../testing/specs.js';
import { auditDecider } from './decide.js';

const s = auditSamples();
const planned = historyOf(auditDecider, [s.plan]);
const started = historyOf(auditDecider, [s.plan, s.start]);

describe('an audit is planned in its programme (9.2.2 a–c)', () => {
  it('is planned with its kind, scope and process owners, criteria, window and lead auditor', () => {
    auditSpec
      .given([])
      .when(s.plan)
      .then([{ type: 'AuditPlanned', data: s.plan.data }]);
  });

  it('refuses a window that ends before it begins', () => {
    auditSpec
      .given([])
      .when({ ...s.plan, data: { ...s.plan.data, window: { from: '2026-05-08', to: '2026-05-04' } } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a scope that names a process twice', () => {
    const scope = [...s.plan.data.scope, { process: 'access management', owner: people.ciso }];
    auditSpec
      .given([])
      .when({ ...s.plan, data: { ...s.plan.data, scope } })
      .then({ _tag: 'RuleBroken', rule: '9.2.2 b' });
  });

  it('refuses a lead auditor who owns a process in scope: impartiality', () => {
    auditSpec
      .given([])
      .when({ ...s.plan, data: { ...s.plan.data, leadAuditor: people.hrLead } })
      .then({ _tag: 'RuleBroken', rule: '9.2.2 c' });
  });

  it('refuses to plan the same audit twice', () => {
    auditSpec.given(planned).when(s.plan).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command to an audit that does not exist', () => {
    auditSpec.given([]).when(s.start).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});

describe('an audit is started, or cancelled', () => {
  it('starts a planned audit', () => {
    auditSpec
      .given(planned)
      .when(s.start)
      .then([{ type: 'AuditStarted', data: s.start.data }]);
  });

  it('refuses to start an audit twice', () => {
    auditSpec.given(started).when(s.start).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('cancels a planned audit with the reason', () => {
    auditSpec
      .given(planned)
      .when(s.cancel)
      .then([{ type: 'AuditCancelled', data: s.cancel.data }]);
  });

  it('cancels an audit in progress', () => {
    const cancel = { ...s.cancel, data: { ...s.cancel.data, at: '2026-05-05T09:00:00Z' } };
    auditSpec
      .given(started)
      .when(cancel)
      .then([{ type: 'AuditCancelled', data: cancel.data }]);
  });

  it('refuses to cancel a reported audit', () => {
    const cancel = { ...s.cancel, data: { ...s.cancel.data, at: '2026-05-13T09:00:00Z' } };
    auditSpec
      .given(historyOf(auditDecider, [s.plan, s.start, s.report]))
      .when(cancel)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('takes no command once cancelled', () => {
    auditSpec
      .given(historyOf(auditDecider, [s.plan, s.cancel]))
      .when(s.start)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a command dated before the last recorded fact', () => {
    auditSpec
      .given(started)
      .when({ ...s.cancel, data: { ...s.cancel.data, at: '2026-05-01T09:00:00Z' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });
});
