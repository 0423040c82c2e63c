import { type Lifecycle, nothingLapses } from '../shared/lifecycle.js';
import type { AuditEvent } from './events.js';

/**
 * Where an audit stands: `planned` → `inProgress` (started; findings recorded) → `reported` →
 * `closed`; `cancelled` ends a planned or started audit that will not be performed.
 */
export type AuditStatus = 'none' | 'planned' | 'inProgress' | 'reported' | 'closed' | 'cancelled';

/** The audit's life cycle. Nothing an audit records lapses: findings and the report stand as recorded. */
export const auditLifecycle: Lifecycle<AuditEvent, AuditStatus> = {
  initial: 'none',
  statusAfter: (status, event) => {
    switch (event.type) {
      case 'AuditPlanned':
        return 'planned';
      case 'AuditStarted':
        return 'inProgress';
      case 'AuditReported':
        return 'reported';
      case 'AuditClosed':
        return 'closed';
      case 'AuditCancelled':
        return 'cancelled';
      case 'AuditFindingRecorded':
        return status;
    }
  },
  lapses: () => nothingLapses,
};
