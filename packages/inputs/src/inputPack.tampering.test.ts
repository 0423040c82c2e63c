import { fc, it } from '@fast-check/vitest';
import { reviewStreamId } from '@mgmt-review/core';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import { createHistoryWriter, historySteps } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { computeInputPack } from './computeInputPack.js';
import { readPackHistory } from './history.js';
import { copyHistory, eventsPartRestsOn } from './testing/index.js';
import { verifyPack } from './verifyFrozenPack.js';

const withAt = (event: StoredEvent) => typeof (event.data as { at?: unknown }).at === 'string';

/** The event's data with its business time one millisecond later: still valid, no longer the same fact. */
const later = (event: StoredEvent): unknown => {
  const data = event.data as { at: string };
  return { ...data, at: new Date(Date.parse(data.at) + 1).toISOString() };
};

describe('input pack checked against the records it rests on', () => {
  it.prop([historySteps(30, 150), fc.nat(), fc.nat(), fc.boolean()], { numRuns: propertyRuns(16) })(
    "changing any event at or before the pack's position, outside the review's own stream, fails the check naming exactly the parts that rest on it",
    async (steps, whichReview, whichEvent, onlyRestedOn) => {
      const writer = createHistoryWriter();
      await writer.write(steps);
      const asOf = writer.lastAt;
      const head = await readPackHistory(writer.tenant, { recordedAt: asOf });
      const reviewIds = [...head.views.reviews.keys()];
      if (reviewIds.length === 0) return;
      const reviewId = reviewIds[whichReview % reviewIds.length]!;
      const computed = await computeInputPack(writer.tenant, { reviewId, asOf });
      if (computed._tag === 'Left') return;
      const pack = computed.right;
      const restedOn = new Set(pack.parts.flatMap((p) => [...eventsPartRestsOn(p.content)]));
      const changeable = [...head.streams.values()]
        .flat()
        .filter((e) => e.streamId !== reviewStreamId(reviewId) && withAt(e))
        .sort((a, b) => (a.globalPosition < b.globalPosition ? -1 : 1));
      // Half the runs change an event some part rests on, so both sides of the property are exercised.
      const rested = changeable.filter((e) => restedOn.has(e.eventId));
      const candidates = onlyRestedOn && rested.length > 0 ? rested : changeable;
      if (candidates.length === 0) return;
      const target = candidates[whichEvent % candidates.length]!;
      const copy = await copyHistory(writer.tenant, (e) => (e.eventId === target.eventId ? later(e) : e.data));

      const untouched = await verifyPack(await copyHistory(writer.tenant), reviewId, pack);
      expect(untouched.ok).toBe(true);
      const verified = await verifyPack(copy, reviewId, pack);
      const expected = pack.parts.filter((p) => eventsPartRestsOn(p.content).has(target.eventId)).map((p) => p.inputId);
      if (expected.length === 0) expect(verified.ok).toBe(true);
      else {
        expect(verified.ok).toBe(false);
        expect(verified.ok ? [] : verified.partsDiffering.map((d) => d.inputId)).toEqual(expected);
      }
    },
  );
});
