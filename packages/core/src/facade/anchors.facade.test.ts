import { createInMemoryEventStore, sequentialIds, steppingClock, verifyInclusion } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { domainRegistry } from '../registry.js';
import { createManagementReview } from './createManagementReview.js';

const schedule = (reviewId: string) => ({
  reviewId,
  plannedDate: '2026-03-31',
  cadence: 'quarterly' as const,
  kind: 'regular' as const,
  chair: { id: 'u-ceo', role: 'topManagement' },
  periodCovered: { from: '2026-01-01', to: '2026-03-31' },
  catalogueId: 'iso27001-2022',
  at: '2026-01-05T09:00:00Z',
});

describe('the facade’s anchors', () => {
  it('records an anchor a host keeps, checks it after more commands, proves an event in it, and refuses an edited one', async () => {
    const store = createInMemoryEventStore({ registry: domainRegistry });
    const mr = createManagementReview({
      store,
      clock: steppingClock('2026-01-05T09:00:00Z'),
      ids: sequentialIds('id'),
    });
    const t = mr.forTenantAsync('tenant-1');
    const actor = { actor: { id: 'u-ceo', role: 'topManagement' } };
    await t.reviews.schedule(schedule('q1'), actor);
    const anchor = await t.anchors.record();
    expect(anchor).toMatchObject({ tenant: 'tenant-1', size: 1 });
    await t.reviews.schedule(schedule('q2'), actor);
    expect(await t.anchors.check(anchor)).toMatchObject({ _tag: 'AnchorHeld', size: 3 });
    const read = await store.forTenant('tenant-1').readStream('review-q1');
    const first = read._tag === 'Right' ? read.right[0] : undefined;
    const proof = await t.anchors.prove(first!.eventId, anchor);
    const bytes = (h: string) => Buffer.from(h, 'hex');
    expect(proof.root).toBe(anchor.root);
    expect(
      verifyInclusion(
        proof.leafIndex,
        proof.treeSize,
        bytes(proof.leafHash),
        proof.auditPath.map(bytes),
        bytes(anchor.root),
      ),
    ).toBe(true);
    await expect(t.anchors.check({ ...anchor, size: '1' })).rejects.toMatchObject({
      error: { _tag: 'InvalidInput', path: 'size' },
    });
    await expect(t.anchors.check({ ...anchor, root: 'f'.repeat(64) })).rejects.toMatchObject({
      error: { _tag: 'AnchorBreak', kind: 'root-mismatch' },
    });
  });
});
