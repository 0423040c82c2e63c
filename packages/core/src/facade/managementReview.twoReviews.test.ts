import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../registry.js';
import { createManagementReview } from './createManagementReview.js';

const ceo = { id: 'u-ceo', role: 'ceo' };
const ciso = { id: 'u-ciso', role: 'ciso' };
const itLead = { id: 'u-it', role: 'itLead' };
const auditor = { id: 'u-audit', role: 'internalAuditor' };

const setup = () => {
  const clock = steppingClock('2026-01-01T00:00:00.000Z');
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  const mr = createManagementReview({ store, clock, ids: sequentialIds('id') });
  return mr.forTenantAsync('tenant-1');
};

type Handles = ReturnType<typeof setup>;

/** Holds a review from schedule to close, deciding with `decide` once the inputs are presented. */
const holdReview = async (
  t: Handles,
  reviewId: string,
  day: string,
  nextDay: string,
  previousReviewId: string | undefined,
  decide: () => Promise<void>,
) => {
  const at = (time: string) => `${day}T${time}:00Z`;
  await t.reviews.schedule(
    {
      reviewId,
      plannedDate: day,
      cadence: 'quarterly',
      kind: 'regular',
      chair: ceo,
      periodCovered: { from: '2026-01-01', to: day },
      catalogueId: 'iso27001-2022',
      previousReviewId,
      at: at('08:00'),
    },
    { actor: ciso },
  );
  await t.reviews.openMeeting(
    {
      reviewId,
      attendees: [
        { id: ceo.id, role: 'topManagement' },
        { id: ciso.id, role: 'ismsManager' },
      ],
      apologies: [],
      at: at('09:00'),
    },
    { actor: ciso },
  );
  if (previousReviewId === undefined) {
    await t.reviews.markInputNotCovered(
      { reviewId, inputId: 'a', justification: 'first management review: no earlier actions', at: at('09:05') },
      { actor: ciso },
    );
  } else {
    await t.reviews.presentStatusOfPreviousActions({ reviewId, at: at('09:05') }, { actor: ciso });
  }
  for (const inputId of ['b', 'c', 'd1', 'd2', 'd3', 'd4', 'e', 'f', 'g']) {
    await t.reviews.presentInput(
      { reviewId, inputId, summary: `input ${inputId}`, facts: [], references: [], at: at('09:10') },
      { actor: ciso },
    );
  }
  await decide();
  for (const aspect of ['suitability', 'adequacy', 'effectiveness'] as const) {
    await t.reviews.recordVerdict(
      { reviewId, aspect, outcome: 'confirmed', comment: `${aspect} confirmed`, at: at('10:00') },
      { actor: ciso },
    );
  }
  await t.reviews.draftMinutes(
    { reviewId, documentRef: `dms://minutes/${reviewId}`, at: at('11:00') },
    { actor: ciso },
  );
  await t.reviews.approveMinutes({ reviewId, at: at('12:00') }, { actor: ceo });
  await t.reviews.communicateResults(
    { reviewId, audiences: ['staff'], channel: 'intranet', communicatedOn: day, at: at('13:00') },
    { actor: ciso },
  );
  await t.reviews.scheduleNext({ reviewId, plannedDate: nextDay, at: at('13:30') }, { actor: ciso });
  return t.reviews.close({ reviewId, at: at('14:00') }, { actor: ciso });
};

describe('two management reviews through the facade', () => {
  it("review 2's input a) lists the status of the two actions review 1 decided", async () => {
    const t = setup();
    await holdReview(t, 'r1', '2026-03-31', '2026-06-30', undefined, async () => {
      await t.reviews.recordDecision(
        {
          reviewId: 'r1',
          decisionId: 'd1',
          kind: 'improvement',
          description: 'Harden privileged access',
          rationale: 'two audit findings on admin accounts',
          actionIds: ['a1', 'a2'],
          at: '2026-03-31T09:30:00Z',
        },
        { actor: ciso },
      );
    });
    for (const [actionId, title] of [
      ['a1', 'Review admin accounts'],
      ['a2', 'Enforce MFA for admins'],
    ] as const) {
      await t.actions.raise(
        {
          actionId,
          origin: 'reviewDecision',
          originId: 'r1',
          decisionId: 'd1',
          title,
          owner: itLead,
          dueDate: '2026-05-31',
          at: '2026-04-01T09:00:00Z',
        },
        { actor: ciso },
      );
    }
    await t.actions.start({ actionId: 'a1', at: '2026-04-02T09:00:00Z' }, { actor: itLead });
    await t.actions.complete(
      { actionId: 'a1', summary: 'done', evidence: ['ticket-17'], at: '2026-04-20T09:00:00Z' },
      { actor: itLead },
    );
    await t.actions.verify({ actionId: 'a1', comment: 'checked', at: '2026-04-21T09:00:00Z' }, { actor: auditor });

    const closed = await holdReview(t, 'r2', '2026-06-30', '2026-09-30', 'r1', async () => {});
    expect(closed.state.status).toBe('closed');

    const review2 = await t.reviews.load('r2');
    const inputA = review2.state.coverage.get('a');
    expect(inputA).toMatchObject({ kind: 'presented' });
    const facts = inputA?.kind === 'presented' ? inputA.facts : [];
    expect(facts.map((f) => f.label)).toEqual(['a1: Review admin accounts', 'a2: Enforce MFA for admins']);
    expect(facts[0]?.value).toMatch(/^verified/);
    expect(facts[1]?.value).toMatch(/^open; .*overdue/);
  });

  it('returns the events appended and the new state', async () => {
    const t = setup();
    const result = await t.risks.identify(
      {
        scenario: 'ransomware on file servers',
        asset: 'file servers',
        owner: itLead,
        cia: { confidentiality: false, integrity: true, availability: true },
      },
      { actor: ciso },
    );
    expect(result.events.map((e) => e.type)).toEqual(['RiskIdentified']);
    expect(result.events[0]?.streamId).toBe(`risk-${result.state.riskId}`);
    expect(result.state.stage).toBe('identified');
  });

  it('rejects with CommandFailed carrying the tagged error', async () => {
    const t = setup();
    await expect(
      t.actions.start({ actionId: 'nope', at: '2026-01-01T00:00:00Z' }, { actor: ciso }),
    ).rejects.toMatchObject({
      error: { _tag: 'RuleBroken', rule: 'lifecycle' },
    });
  });
});
