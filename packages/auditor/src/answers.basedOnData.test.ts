import { createManagementReview, type FrozenInputPack, type TenantHandles } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts, people } from '@mgmt-review/demo';
import { sequentialIds, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { freezeInputPack } from '@mgmt-review/inputs';
import { copyHistory } from '@mgmt-review/inputs/testing';
import { describe, expect, it } from 'vitest';
import type { BasedOnDataDetails } from './answers/basedOnData.js';
import { askAuditor } from './ask.js';

const reviewId = demoFacts.nextReviewId;
const day = demoFacts.nextReviewPlannedDate;
const at = (time: string) => `${day}T${time}:00.000Z`;
const ciso = { actor: people.ciso };

const run = async <T>(
  task: () => Promise<{ _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }>,
) => {
  const result = await task();
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

/** The demo's next review, held: its pack frozen before the meeting, then its agenda presented, citing parts or not. */
const holdNextReview = async (cite: (inputId: string) => boolean) => {
  const { store, tenant } = await createInMemoryDemoHistory();
  const t: TenantHandles = createManagementReview({
    store,
    clock: { now: () => at('12:00') },
    ids: sequentialIds('held'),
  }).forTenant(tenant.tenantId);
  const frozen = await freezeInputPack(t, tenant, { reviewId, asOf: at('08:00') }, ciso);
  if (frozen._tag === 'Left') throw new Error(frozen.left.message);
  const event = frozen.right.events[0]!;
  const pack = (event.data as { pack: FrozenInputPack }).pack;
  await run(() =>
    t.reviews.openMeeting(
      {
        reviewId,
        attendees: [
          { id: people.ceo.id, role: 'topManagement' },
          { id: people.ciso.id, role: 'ismsManager' },
        ],
        apologies: [],
        at: at('09:00'),
      },
      ciso,
    )(),
  );
  for (const [index, part] of pack.parts.entries()) {
    await run(() =>
      t.reviews.presentInput(
        {
          reviewId,
          inputId: part.inputId,
          summary: part.summary,
          facts: [],
          references: [],
          ...(cite(part.inputId) ? { frozenPartDigest: part.digest } : {}),
          at: at(`09:${String(10 + index).padStart(2, '0')}`),
        },
        ciso,
      )(),
    );
  }
  return { tenant, pack };
};

const ask = async (tenant: TenantEventStore) => {
  const answer = await askAuditor(tenant, 'review-based-on-data', { now: at('12:00') });
  return answer as typeof answer & { details: BasedOnDataDetails };
};

describe('15. was the review based on data?', () => {
  it('says no for the demo, whose reviews present their inputs by hand', async () => {
    const { tenant } = await createInMemoryDemoHistory();
    const answer = await ask(tenant);
    expect(answer.verdict).toBe('no');
    expect(answer.sentence).toContain(`presented in ${demoFacts.lastHeldReviewId}`);
  });

  it('says yes when every input presented cites a frozen part and the pack computes again to the same digests', async () => {
    const { tenant, pack } = await holdNextReview(() => true);
    const answer = await ask(tenant);
    expect(answer.verdict).toBe('yes');
    expect(answer.details.pack).toEqual({ digest: pack.digest, position: pack.position });
    expect(answer.details.inputs.every((i) => i.citesFrozenPart && i.verifies === true)).toBe(true);
    expect(answer.evidence.map((e) => e.type)).toContain('InputPackFrozen');
  });

  it('says partly, naming them, when some inputs presented cite no frozen part', async () => {
    const { tenant } = await holdNextReview((inputId) => inputId !== 'b' && inputId !== 'e');
    const answer = await ask(tenant);
    expect(answer.verdict).toBe('partial');
    expect(answer.sentence).toContain('b and e cite no frozen part');
  });

  it('says partly, naming the part, once a record the pack rests on is changed', async () => {
    const { tenant } = await holdNextReview(() => true);
    const changed = await copyHistory(tenant, (e) =>
      e.streamId === 'risk-R-01' && e.type === 'RiskIdentified'
        ? { ...(e.data as object), scenario: 'Ransomware encrypts the backups' }
        : e.data,
    );
    const answer = await ask(changed);
    expect(answer.verdict).toBe('partial');
    expect(answer.sentence).toContain('the part of f no longer computes to its digest');
    expect(answer.details.inputs.find((i) => i.inputId === 'f')?.verifies).toBe(false);
  });
});
