import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { AuditorAnswer } from './answer.js';
import type { CorrectiveActionsDetails } from './answers/correctiveActionsVerified.js';
import { askAuditor } from './ask.js';

const ciso = { id: 'u-ciso', role: 'ciso' };
const it_ = { id: 'u-it', role: 'itManager' };
const audit = { id: 'u-audit', role: 'internalAuditor' };

describe('corrective actions done and verified, but the nonconformity not effectively corrected', () => {
  it('is partial, and names the nonconformity with the effectiveness review as evidence', async () => {
    const clock = steppingClock('2025-01-01T00:00:00.000Z');
    const store = createInMemoryEventStore({ registry: domainRegistry, clock });
    const t = createManagementReview({ store, clock, ids: sequentialIds('c') }).forTenantAsync('t');
    const nonConformityId = 'NC-1';
    await t.nonConformities.raise(
      {
        nonConformityId,
        source: 'internalAudit',
        sourceReference: 'IA-1',
        severity: 'minor',
        requirement: 'A.8.8',
        description: 'Patches late',
        owner: it_,
        at: '2025-01-02T09:00:00Z',
      },
      { actor: ciso },
    );
    await t.nonConformities.recordRootCause(
      { nonConformityId, method: 'five whys', causes: ['No patch window'], at: '2025-01-03T09:00:00Z' },
      { actor: it_ },
    );
    await t.nonConformities.planCorrectiveActions(
      { nonConformityId, actions: [{ actionId: 'A-1', owner: it_ }], at: '2025-01-04T09:00:00Z' },
      { actor: ciso },
    );
    const actionId = 'A-1';
    await t.actions.raise(
      {
        actionId,
        origin: 'nonConformity',
        originId: nonConformityId,
        title: 'Monthly patch window',
        owner: it_,
        dueDate: '2025-02-28',
        at: '2025-01-04T10:00:00Z',
      },
      { actor: ciso },
    );
    await t.actions.complete(
      { actionId, summary: 'Window set', evidence: ['dms://patch-window'], at: '2025-02-01T09:00:00Z' },
      { actor: it_ },
    );
    await t.actions.verify({ actionId, comment: 'Seen', at: '2025-02-02T09:00:00Z' }, { actor: ciso });
    await t.nonConformities.markImplemented(
      { nonConformityId, note: 'Done', at: '2025-02-03T09:00:00Z' },
      { actor: it_ },
    );
    await t.nonConformities.verifyEffectiveness(
      {
        nonConformityId,
        effective: false,
        evidence: ['dms://follow-up'],
        comment: 'Patches still late in March',
        at: '2025-04-01T09:00:00Z',
      },
      { actor: audit },
    );
    const answer = (await askAuditor(store.forTenant('t'), 'corrective-actions-verified', {
      now: '2025-04-02T00:00:00Z',
    })) as AuditorAnswer<CorrectiveActionsDetails>;
    expect(answer.verdict).toBe('partial');
    expect(answer.details).toMatchObject({ implementedAndVerified: 1, due: 1 });
    expect(answer.sentence).toContain('1 nonconformity found not effectively corrected (NC-1)');
    expect(answer.evidence.map((e) => e.type)).toContain('NonConformityEffectivenessVerified');
  });
});
