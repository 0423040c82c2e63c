import { createInMemoryEventStore, sequentialIds, steppingClock } from '@mgmt-review/eventsourcing';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../registry.js';
import { createManagementReview } from './createManagementReview.js';

const ciso = { id: 'u-ciso', role: 'ciso' };

const setup = () => {
  const clock = steppingClock('2026-03-31T08:00:00.000Z', 60_000);
  const store = createInMemoryEventStore({ registry: domainRegistry, clock });
  const t = createManagementReview({ store, clock, ids: sequentialIds('id') }).forTenant('tenant-1');
  return { t, head: () => store.forTenant('tenant-1').headPosition() };
};

const decision = {
  reviewId: 'r1',
  kind: 'improvement',
  description: 'automate access reviews',
  rationale: 'manual reviews slip',
  actions: [{ title: 'script the export', owner: { id: 'u-it', role: 'itLead' }, dueDate: '2026-06-30' }],
} as const;

describe('the facade workflows decode strictly, like every command', () => {
  it('decideWithActions refuses an unknown field inside an action, naming its path and the nearest field', async () => {
    const { t, head } = setup();
    const { dueDate: _, ...action } = decision.actions[0];
    const input = { ...decision, actions: [{ ...action, dueDat: '2026-06-30' }] };
    const result = await t.reviews.decideWithActions(input as never, { actor: ciso })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'actions.0.dueDat' });
    expect(isLeft(result) && result.left.message).toContain('did you mean dueDate?');
    expect(await head()).toBe(0n);
  });

  it('presentStatusOfPreviousActions refuses an unknown top-level field and appends nothing', async () => {
    const { t, head } = setup();
    const result = await t.reviews.presentStatusOfPreviousActions({ reviewId: 'r1', inputID: 'a' } as never, {
      actor: ciso,
    })();
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidInput', path: 'inputID' });
    expect(await head()).toBe(0n);
  });
});
