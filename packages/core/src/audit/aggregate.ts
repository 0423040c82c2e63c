import { defineAggregate } from '../shared/aggregate.js';
import { auditCommandCodecs } from './commands.js';
import { auditDecider } from './decide.js';
import { auditEventDefinitions } from './events.js';
import { auditLifecycle } from './lifecycle.js';

/** An audit in an audit programme, its findings and report (9.2): streams `audit-<auditId>`. */
export const auditAggregate = defineAggregate({
  name: 'audit',
  title: 'Audit (9.2)',
  group: 'audits',
  category: 'audit',
  idOf: (data) => data.auditId,
  entityOf: (event) => event.data.auditId,
  events: auditEventDefinitions,
  commands: auditCommandCodecs,
  decider: () => auditDecider,
  lifecycle: auditLifecycle,
  statusOf: (state) => state.status,
  verbs: {
    plan: { command: 'PlanAudit', generated: ['auditId'] },
    start: { command: 'StartAudit' },
    recordFinding: { command: 'RecordAuditFinding', generated: ['findingId'] },
    report: { command: 'ReportAudit' },
    close: { command: 'CloseAudit' },
    cancel: { command: 'CancelAudit' },
  },
});
