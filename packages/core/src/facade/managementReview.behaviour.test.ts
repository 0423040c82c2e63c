import {
  CommandFailed,
  createInMemoryEventStore,
  notPermitted,
  sequentialIds,
  steppingClock,
} from '@mgmt-review/eventsourcing';
import { isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type ClauseCatalogue, cataloguesOf } from '../catalogue/catalogue.js';
import { iso27001_2022 } from '../catalogue/iso27001.js';
import type { Policy } from '../policy/policy.js';
import { domainRegistry } from '../registry.js';
import { createManagementReview, type ManagementReviewOptions } from './createManagementReview.js';

const ceo = { id: 'u-ceo', role: 'ceo' };
const ciso = { id: 'u-ciso', role: 'ciso' };
const itLead = { id: 'u-it', role: 'itLead' };

const setup = (options: Partial<ManagementReviewOptions> = {}) => {
  const clock = steppingClock('2026-03-31T08:00:00.000Z', 60_000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  const mr = createManagementReview({ store, clock, ids: sequentialIds('id'), ...options });
  return { store, mr, t: mr.forTenant('tenant-1') };
};

const schedule = {
  reviewId: 'r1',
  plannedDate: '2026-03-31',
  cadence: 'quarterly',
  kind: 'regular',
  chair: ceo,
  periodCovered: { from: '2026-01-01', to: '2026-03-31' },
  catalogueId: 'iso27001-2022',
  at: '2026-03-01T09:00:00Z',
} as const;

const openMeeting = {
  reviewId: 'r1',
  attendees: [{ id: ceo.id, role: 'topManagement' }],
  apologies: [],
  at: '2026-03-31T09:00:00Z',
} as const;

describe('the facade', () => {
  it('refuses bad input with the field path and appends nothing', async () => {
    const { store, t } = setup();
    const result = await t.reviews.schedule({ ...schedule, plannedDate: '31.03.2026' }, { actor: ciso })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'plannedDate' });
    expect(await store.forTenant('tenant-1').headPosition()).toBe(0n);
  });

  it('refuses a command without an actor', async () => {
    const { t } = setup();
    const result = await t.reviews.schedule(schedule, { actor: { id: '', role: 'ciso' } })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'actor.id' });
  });

  it('fills in the aggregate id and the time when the host leaves them out', async () => {
    const { t } = setup();
    const { reviewId: _, at: __, ...rest } = schedule;
    const result = await t.reviews.schedule(rest, { actor: ciso })();
    expect(isRight(result) && result.right.events[0]).toMatchObject({
      streamId: 'review-id-1',
      data: { reviewId: 'id-1', at: '2026-03-31T08:00:00.000Z' },
      metadata: { actor: ciso, commandId: 'id-2', occurredAt: '2026-03-31T08:00:00.000Z' },
    });
  });

  it('applies a command id once: a retry returns the first result and appends nothing', async () => {
    const { store, t } = setup();
    await t.reviews.schedule(schedule, { actor: ciso, commandId: 'cmd-1' })();
    const again = await t.reviews.schedule(schedule, { actor: ciso, commandId: 'cmd-1' })();
    expect(isRight(again) && again.right.alreadyHandled).toBe(true);
    expect(await store.forTenant('tenant-1').headPosition()).toBe(1n);
  });

  it('applies the built-in policy: only the risk owner approves the treatment plan (6.1.3 f)', async () => {
    const { t } = setup();
    const risks = t.risks;
    await risks.identify(
      {
        riskId: 'k1',
        scenario: 'laptop theft',
        asset: 'laptops',
        owner: itLead,
        cia: { confidentiality: true, integrity: false, availability: false },
      },
      { actor: ciso },
    )();
    await risks.assess(
      {
        riskId: 'k1',
        likelihood: 3,
        impact: 3,
        scale: { likelihoodLevels: 5, impactLevels: 5 },
        criteria: { acceptance: '≤ 8', assessment: 'method v3' },
        appetite: 8,
      },
      { actor: ciso },
    )();
    await risks.decideTreatment(
      { riskId: 'k1', option: 'modify', controls: ['A.8.1'], justification: 'disk encryption' },
      { actor: ciso },
    )();
    const byCiso = await risks.approveTreatmentPlan({ riskId: 'k1' }, { actor: ciso })();
    expect(isLeft(byCiso) && byCiso.left).toMatchObject({ _tag: 'NotPermitted', rule: '6.1.3 f' });
    const byOwner = await risks.approveTreatmentPlan({ riskId: 'k1' }, { actor: itLead })();
    expect(isRight(byOwner) && byOwner.right.state.stage).toBe('treatmentApproved');
  });

  it('takes a host policy instead of the built-in one', async () => {
    const readOnlyGuests: Policy = (actor) =>
      actor.role === 'guest' ? left(notPermitted('host.guests-read-only', 'guests only read')) : right(undefined);
    const { t } = setup({ policy: readOnlyGuests });
    const result = await t.reviews.schedule(schedule, { actor: { id: 'u-x', role: 'guest' } })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'NotPermitted', rule: 'host.guests-read-only' });
  });

  it('records a decision and raises the actions it calls for, once even when retried', async () => {
    const { t } = setup();
    await t.reviews.schedule(schedule, { actor: ciso })();
    await t.reviews.openMeeting(openMeeting, { actor: ciso })();
    const input = {
      reviewId: 'r1',
      kind: 'resourceNeed',
      description: 'a second security engineer',
      rationale: 'backlog of 40 findings',
      actions: [{ title: 'Hire a security engineer', owner: ceo, dueDate: '2026-09-30' }],
      at: '2026-03-31T10:00:00Z',
    } as const;
    const first = await t.reviews.decideWithActions(input, { actor: ciso, commandId: 'cmd-9' })();
    expect(isRight(first)).toBe(true);
    if (!isRight(first)) return;
    const [raised] = first.right.actions;
    expect(raised?.events[0]).toMatchObject({
      type: 'ActionRaised',
      data: {
        origin: 'reviewDecision',
        originId: 'r1',
        decisionId: first.right.decision.state.decisions[0]?.decisionId,
      },
    });
    const retry = await t.reviews.decideWithActions(input, { actor: ciso, commandId: 'cmd-9' })();
    expect(isRight(retry) && retry.right.actions.map((a) => [a.alreadyHandled, a.state.actionId])).toEqual([
      [true, raised?.state.actionId],
    ]);
  });

  it('validates every action of a decision before writing anything', async () => {
    const { store, t } = setup();
    await t.reviews.schedule(schedule, { actor: ciso })();
    await t.reviews.openMeeting(openMeeting, { actor: ciso })();
    const result = await t.reviews.decideWithActions(
      {
        reviewId: 'r1',
        kind: 'improvement',
        description: 'x',
        rationale: 'y',
        actions: [{ title: 'ok', owner: ceo, dueDate: 'next week' }],
      },
      { actor: ciso },
    )();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'actions.0.dueDate' });
    expect(await store.forTenant('tenant-1').headPosition()).toBe(2n);
  });

  it("keeps tenants apart: another tenant's review id is a review of its own, empty until it writes", async () => {
    const { mr, t } = setup();
    await t.reviews.schedule(schedule, { actor: ciso })();
    const other = mr.forTenant('tenant-2');
    const read = await other.reviews.load('r1')();
    expect(isLeft(read) ? read.left._tag : read.right.version).toBe(0);
  });

  it('follows a catalogue a host adds as data', async () => {
    const iso9001: ClauseCatalogue = {
      id: 'iso9001-2015',
      standard: 'ISO 9001:2015',
      clause: '9.3.2',
      inputs: [
        { id: 'a', clause: '9.3.2 a', title: 'Status of actions from previous management reviews' },
        { id: 'b', clause: '9.3.2 b', title: 'Changes in external and internal issues' },
      ],
    };
    const { t } = setup({ catalogues: cataloguesOf([iso27001_2022, iso9001]) });
    const result = await t.reviews.schedule({ ...schedule, catalogueId: 'iso9001-2015' }, { actor: ciso })();
    expect(isRight(result) && result.right.state.agenda).toEqual(['a', 'b']);
  });

  it('rejects with CommandFailed in the Promise flavour', async () => {
    const { mr } = setup();
    const t = mr.forTenantAsync('tenant-1');
    const failure = await t.reviews.close({ reviewId: 'r1' }, { actor: ciso }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CommandFailed);
    expect((failure as CommandFailed<{ _tag: string; message: string }>).error).toMatchObject({ _tag: 'RuleBroken' });
  });
});
