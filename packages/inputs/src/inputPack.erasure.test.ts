import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeInputPack } from './computeInputPack.js';
import { eventsPartRestsOn } from './testing/index.js';
import { verifyPack } from './verifyFrozenPack.js';

const reviewId = demoFacts.lastHeldReviewId;
/** The demo opens every meeting at 09:00 UTC. */
const meeting = `${demoFacts.meetingDays.at(-1)!}T09:00:00.000Z`;

describe('a frozen input pack and the erasure of personal data it rests on', () => {
  let history: Awaited<ReturnType<typeof createInMemoryDemoHistory>>;
  beforeAll(async () => {
    history = await createInMemoryDemoHistory();
  }, 60_000);

  it("still verifies after every personal field of the events its parts rest on is erased: a pack rests on the events' facts, and an erased field keeps its digest", async () => {
    const computed = await computeInputPack(history.tenant, { reviewId, asOf: meeting });
    if (computed._tag === 'Left') throw new Error(computed.left.message);
    const pack = computed.right;
    const restedOn = new Set(pack.parts.flatMap((part) => [...eventsPartRestsOn(part.content)]));
    const events: StoredEvent[] = [];
    for await (const batch of history.tenant.readAll()) events.push(...batch);
    const personal = events.filter((e) => restedOn.has(e.eventId) && e.personal !== undefined);
    expect(personal.length).toBeGreaterThan(10);
    for (const event of personal) {
      const erased = await history.tenant.erase({
        eventId: event.eventId,
        pointers: Object.keys(event.personal!),
        actor: { id: 'u-dpo', role: 'dpo' },
        reason: 'request PR-1',
        basis: 'GDPR art. 17(1)(a)',
        occurredAt: '2026-11-30T10:00:00Z',
      });
      expect(erased._tag).toBe('Right');
    }
    expect(await verifyPack(history.tenant, reviewId, pack)).toMatchObject({ ok: true });
  }, 60_000);
});
