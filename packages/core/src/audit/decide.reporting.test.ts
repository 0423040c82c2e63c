import { historyOf } from '@mgmt-review/eventsourcing/testing';
import { describe, it } from 'vitest';
import { auditSamples } from '../testing/auditSamples.js';
import { people } from '../testing/people.js';
import { auditSpec } from '../testing/specs.js';
import { auditDecider } from './decide.js';

const s = auditSamples();
const started = historyOf(auditDecider, [s.plan, s.start, s.finding('nonconformity')]);
const reported = historyOf(auditDecider, [s.plan, s.start, s.report]);

describe("an audit's results are reported to relevant management, then it closes (9.2.2 d)", () => {
  it('is reported with the report reference, its date, to whom and by whom', () => {
    auditSpec
      .given(started)
      .when(s.report)
      .then([
        {
          type: 'AuditReported',
          data: {
            auditId: 'au-2026-1',
            reportReference: 'AR-2026-1',
            reportedOn: '2026-05-12',
            reportedTo: [people.ceo, people.ciso],
            reportedBy: people.auditor.id,
            at: s.report.data.at,
          },
        },
      ]);
  });

  it('refuses a report before the audit has started', () => {
    auditSpec
      .given(historyOf(auditDecider, [s.plan]))
      .when(s.report)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses to report an audit twice', () => {
    auditSpec.given(reported).when(s.report).then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });

  it('refuses a report dated before the audit started', () => {
    auditSpec
      .given(started)
      .when({ ...s.report, data: { ...s.report.data, reportedOn: '2026-05-03' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('refuses a report dated after the day it is recorded', () => {
    auditSpec
      .given(started)
      .when({ ...s.report, data: { ...s.report.data, reportedOn: '2026-05-13' } })
      .then({ _tag: 'RuleBroken', rule: 'chronology' });
  });

  it('closes a reported audit', () => {
    auditSpec
      .given(reported)
      .when(s.close)
      .then([{ type: 'AuditClosed', data: s.close.data }]);
  });

  it('refuses to close an audit whose results are not reported', () => {
    auditSpec.given(started).when(s.close).then({ _tag: 'RuleBroken', rule: '9.2.2 d' });
  });

  it('takes no command once closed', () => {
    const later = { ...s.close, data: { ...s.close.data, at: '2026-05-21T09:00:00Z' } };
    auditSpec
      .given(historyOf(auditDecider, [s.plan, s.start, s.report, s.close]))
      .when(later)
      .then({ _tag: 'RuleBroken', rule: 'lifecycle' });
  });
});
