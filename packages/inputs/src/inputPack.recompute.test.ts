import { fc, it } from '@fast-check/vitest';
import { createManagementReview, type FrozenInputPack } from '@mgmt-review/core';
import { sequentialIds } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { createHistoryWriter, historySteps } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { computeInputPack } from './computeInputPack.js';
import { readPackHistory } from './history.js';
import { verifyPack } from './verifyFrozenPack.js';

const actor = { id: 'u-ciso', role: 'ciso' };

describe('input pack recomputed as of its position', () => {
  it.prop([historySteps(30, 150), historySteps(10, 100)], { numRuns: propertyRuns(12) })(
    'a pack frozen at position P has the same digests when computed again as of P after more history is appended',
    async (before, after) => {
      const writer = createHistoryWriter();
      await writer.write(before);
      const asOf = writer.lastAt;
      const head = await readPackHistory(writer.tenant, { recordedAt: asOf });
      const handles = createManagementReview({
        store: writer.store,
        clock: { now: () => asOf },
        ids: sequentialIds('freeze'),
      }).forTenant(writer.tenant.tenantId);
      const packs: { reviewId: string; pack: FrozenInputPack }[] = [];
      for (const reviewId of head.views.reviews.keys()) {
        const computed = await computeInputPack(writer.tenant, { reviewId, asOf });
        if (computed._tag === 'Left') continue;
        expect(computed.right.position).toBe(head.position.toString());
        // Frozen where the review's rules allow it (scheduled, no input addressed yet); recorded either way.
        const frozen = await handles.reviews.freezeInputPack({ reviewId, pack: computed.right, at: asOf }, { actor })();
        const recorded = frozen._tag === 'Right' ? frozen.right.events[0] : undefined;
        packs.push({
          reviewId,
          pack: recorded?.type === 'InputPackFrozen' ? recorded.data.pack : computed.right,
        });
      }
      await writer.write(after);
      for (const { reviewId, pack } of packs) {
        const verified = await verifyPack(writer.tenant, reviewId, pack);
        expect(verified).toEqual({ ok: true, pack });
      }
    },
  );

  it.prop([historySteps(30, 120), fc.nat(30)], { numRuns: propertyRuns(8) })(
    'computing a pack never reads a clock: the same history and moment give the same pack',
    async (steps, daysLater) => {
      const writer = createHistoryWriter();
      await writer.write(steps);
      const asOf = new Date(Date.parse(writer.lastAt) + daysLater * 86_400_000).toISOString();
      const head = await readPackHistory(writer.tenant, { recordedAt: asOf });
      for (const reviewId of head.views.reviews.keys()) {
        const first = await computeInputPack(writer.tenant, { reviewId, asOf });
        const again = await computeInputPack(writer.tenant, { reviewId, asOf });
        expect(again).toEqual(first);
      }
    },
  );
});
