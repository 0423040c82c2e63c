import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../registry.js';
import { createManagementReview } from './createManagementReview.js';

const auditor = { id: 'u-audit', role: 'internalAuditor' };
const itLead = { id: 'u-it', role: 'itLead' };
const ciso = { id: 'u-ciso', role: 'ciso' };

const setup = async (kind: 'internal' | 'external' = 'internal') => {
  const clock = steppingClock('2026-05-01T08:00:00.000Z', 60_000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  const t = createManagementReview({ store, clock, ids: sequentialIds('id') }).forTenant('tenant-1');
  const planned = await t.audits.plan(
    {
      auditId: 'au-1',
      programmeId: '2026-internal',
      kind,
      scope: [{ process: 'access management', owner: itLead }],
      criteria: ['ISO/IEC 27001:2022'],
      window: { from: '2026-05-04', to: '2026-05-08' },
      leadAuditor: auditor,
      at: '2026-04-01T09:00:00Z',
    },
    { actor: ciso },
  )();
  expect(isRight(planned)).toBe(true);
  expect(isRight(await t.audits.start({ auditId: 'au-1', at: '2026-05-04T09:00:00Z' }, { actor: auditor })())).toBe(
    true,
  );
  return { store, t };
};

const finding = {
  auditId: 'au-1',
  findingId: 'f-1',
  nonConformityId: 'nc-7',
  process: 'access management',
  requirement: 'A.5.18',
  description: 'leavers keep their access for up to 30 days',
  auditor,
  severity: 'major',
  owner: itLead,
  at: '2026-05-05T10:00:00Z',
} as const;

const eventCount = async (store: ReturnType<typeof createInMemoryEventStore>) =>
  Number(await store.forTenant('tenant-1').headPosition());

describe('a nonconformity found in an audit', () => {
  it('is recorded as a finding naming its NonConformity, raised with the audit as its source', async () => {
    const { t } = await setup();
    const result = await t.audits.recordNonConformityFinding(finding, { actor: auditor })();
    if (isLeft(result)) expect.fail(JSON.stringify(result.left));
    expect(result.right.finding.events).toEqual([
      expect.objectContaining({
        type: 'AuditFindingRecorded',
        data: expect.objectContaining({ findingId: 'f-1', kind: 'nonconformity', nonConformityId: 'nc-7' }),
      }),
    ]);
    expect(result.right.nonConformity.events).toEqual([
      expect.objectContaining({
        type: 'NonConformityRaised',
        data: expect.objectContaining({
          nonConformityId: 'nc-7',
          source: 'internalAudit',
          auditId: 'au-1',
          sourceReference: 'audit au-1, finding f-1',
          requirement: 'A.5.18',
          severity: 'major',
        }),
      }),
    ]);
  });

  it('is sourced from an external audit when the audit is external', async () => {
    const { t } = await setup('external');
    const result = await t.audits.recordNonConformityFinding(finding, { actor: auditor })();
    expect(isRight(result) && result.right.nonConformity.state).toMatchObject({ status: 'open' });
    expect(isRight(result) && result.right.nonConformity.events[0]?.data).toMatchObject({ source: 'externalAudit' });
  });

  it('is written once when retried with the same command id', async () => {
    const { store, t } = await setup();
    const first = await t.audits.recordNonConformityFinding(
      { ...finding, findingId: undefined, nonConformityId: undefined },
      { actor: auditor, commandId: 'req-1' },
    )();
    const before = await eventCount(store);
    const again = await t.audits.recordNonConformityFinding(
      { ...finding, findingId: undefined, nonConformityId: undefined },
      { actor: auditor, commandId: 'req-1' },
    )();
    expect(await eventCount(store)).toBe(before);
    expect(isRight(again) && again.right.nonConformity.alreadyHandled).toBe(true);
    const idOf = (r: typeof first) => (isRight(r) ? r.right.nonConformity.state.nonConformityId : undefined);
    expect(idOf(again)).toBe(idOf(first));
  });

  it('raises nothing when the audit refuses the finding (its auditor owns the process)', async () => {
    const { store, t } = await setup();
    const before = await eventCount(store);
    const result = await t.audits.recordNonConformityFinding({ ...finding, auditor: itLead }, { actor: auditor })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'RuleBroken', rule: '9.2.2 c' });
    expect(await eventCount(store)).toBe(before);
  });

  it('writes nothing when the nonconformity is not valid, naming the field', async () => {
    const { store, t } = await setup();
    const before = await eventCount(store);
    const result = await t.audits.recordNonConformityFinding(
      { ...finding, severity: 'critical' as 'major' },
      { actor: auditor },
    )();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'severity' });
    expect(await eventCount(store)).toBe(before);
  });

  it('refuses an unknown field, naming its path, and writes nothing', async () => {
    const { store, t } = await setup();
    const before = await eventCount(store);
    const result = await t.audits.recordNonConformityFinding({ ...finding, severty: 'major' } as never, {
      actor: auditor,
    })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'severty' });
    expect(await eventCount(store)).toBe(before);
  });
});
