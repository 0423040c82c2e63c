import { type Either, isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { sequentialIds, steppingClock } from '../clock.js';
import type { StoredEvent } from '../envelope.js';
import { hashOf } from '../hashChain.js';
import { createInMemoryEventStore } from '../inMemoryStore.js';
import { erasureRequest, feedbackGivenEvent, feedbackRegistry, feedbackRegistryBefore } from '../testing/feedback.js';
import { storedHistory } from '../testing/storedHistory.js';
import { verifyHistory } from '../verify.js';
import { erasureRecordsOf, planErasure } from './erasure.js';
import { PRIVACY_STREAM } from './erasureEvent.js';

const rightOf = <A>(either: Either<unknown, A>): A => {
  if (isLeft(either)) throw new Error(`expected a Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const request = erasureRequest;

/**
 * An event written before salted digests (its type not yet marked: no sidecar, a hash over the
 * text), then erased as the store does it, with today's registry: the erased event and its record.
 */
const legacyErased = async (pointers: readonly (readonly string[])[]) => {
  const deps = {
    registry: feedbackRegistry,
    clock: steppingClock('2026-03-05T10:00:00.000Z'),
    ids: sequentialIds('x'),
  };
  const tenant = createInMemoryEventStore({ registry: feedbackRegistryBefore }).forTenant('acme');
  const written = rightOf(
    await tenant.append('feedback-1', [
      feedbackGivenEvent({ feedbackId: 'f1', text: 'Jane Roe said', items: [{ topic: 'a', text: 'Jane' }] }),
    ]),
  ).events[0]!;
  expect(written.personal).toBeUndefined();
  let event: StoredEvent = written;
  for (const fields of pointers) {
    const records = erasureRecordsOf(rightOf(await tenant.readStream(PRIVACY_STREAM)));
    const plan = rightOf(planErasure(deps, request(written.eventId, fields), event, records));
    rightOf(await tenant.append(PRIVACY_STREAM, [plan.record]));
    event = plan.event;
  }
  const log = rightOf(await tenant.readStream(PRIVACY_STREAM));
  return { written, event, log, deps };
};

describe('an event written before salted digests', () => {
  it('keeps verifying unchanged, and after an erasure verifies against the remainder digest', async () => {
    const { written, event, log } = await legacyErased([['/text']]);
    expect(hashOf(written)).toBe(written.hash);
    expect(event.hash).toBe(written.hash);
    expect((log[0]!.data as { remainderDigest?: string }).remainderDigest).toBe(hashOf(event));
    const verified = await verifyHistory(storedHistory('acme', [event, ...log]).readAll());
    expect(verified).toMatchObject({ ok: true, erasures: [{ eventId: written.eventId, pointer: '/text' }] });
  });

  it('can be erased field by field, each erasure recording the remainder of all erased so far', async () => {
    const { event, log } = await legacyErased([['/text'], ['/items/0/text']]);
    const verified = await verifyHistory(storedHistory('acme', [event, ...log]).readAll());
    expect(verified.ok).toBe(true);
    expect(verified.erasures.map((e) => e.pointer)).toStrictEqual(['/text', '/items/0/text']);
  });

  it('still shows an edit made after the erasure', async () => {
    const { event, log } = await legacyErased([['/text']]);
    const edited = { ...event, data: { ...(event.data as object), feedbackId: 'f2' } };
    const verified = await verifyHistory(storedHistory('acme', [edited, ...log]).readAll());
    expect(verified.ok === false && verified.break.kind).toBe('hash-mismatch');
  });

  it('is refused for erasure when it was edited before', async () => {
    const { written, deps } = await legacyErased([]);
    const edited = { ...written, data: { ...(written.data as object), feedbackId: 'f2' } };
    const refused = planErasure(deps, request(written.eventId, ['/text']), edited, []);
    expect(isLeft(refused) && refused.left._tag).toBe('EventUnverified');
  });
});
