import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { type EventRegistry, replay } from '@mgmt-review/eventsourcing';
import { historySteps, writeHistory } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { actionAgeing, actionRegister, calendar, followUps, riskRegister, viewsProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('views agree with one another', () => {
  it.prop([historySteps(), fc.integer({ min: -30, max: 400 }), fc.nat(60)], { numRuns: 40 })(
    'overdue actions, past-due calendar entries and overdue follow-ups name the same actions; keys are unique',
    async (steps, daysAfter, horizon) => {
      const { tenant, lastAt } = await writeHistory(steps);
      const state = await replay(tenant, registry, viewsProjection);
      const now = new Date(Date.parse(lastAt) + daysAfter * 86_400_000).toISOString();

      const overdue = sorted(actionRegister(state, { now, overdueOnly: true }).map((a) => a.actionId));
      const notices = followUps(state, { now, horizon });
      const { pastDue, upcoming } = calendar(state, { now, horizon });
      expect(sorted(notices.filter((n) => n.kind === 'actionOverdue').map((n) => n.subjectId))).toEqual(overdue);
      expect(sorted(pastDue.filter((e) => e.kind === 'actionDue').map((e) => e.subjectId))).toEqual(overdue);
      expect(actionAgeing(state, { now }).overdue).toBe(overdue.length);
      expect(sorted(notices.filter((n) => n.kind === 'actionDueSoon').map((n) => n.subjectId))).toEqual(
        sorted(upcoming.filter((e) => e.kind === 'actionDue').map((e) => e.subjectId)),
      );
      expect(sorted(notices.filter((n) => n.kind === 'acceptanceExpired').map((n) => n.subjectId))).toEqual(
        sorted(
          riskRegister(state, { now })
            .filter((r) => r.needsReassessment)
            .map((r) => r.riskId),
        ),
      );
      expect(new Set(notices.map((n) => n.key)).size).toBe(notices.length);
      for (const n of notices) {
        if (n.daysFromNow !== undefined && n.daysFromNow < 0) expect(n.kind).not.toMatch(/Soon|Expiring|Due$/);
      }
    },
  );
});
