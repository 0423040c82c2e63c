import { type Either, isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { sequentialIds, steppingClock } from '../clock.js';
import type { StoredEvent } from '../envelope.js';
import type { EventStore, TenantEventStore } from '../eventStore.js';
import { hashOf } from '../hashChain.js';
import { createInMemoryEventStore } from '../inMemoryStore.js';
import { checkAnchor } from '../merkle/checkAnchors.js';
import { recordAnchor } from '../merkle/recordAnchor.js';
import { erasureRequest, feedbackGivenEvent, feedbackRegistry } from '../testing/feedback.js';
import { storedHistory } from '../testing/storedHistory.js';
import { verifyHistory, verifyStream } from '../verify.js';
import { type EraseRequest, erasureRecordsOf } from './erasure.js';
import { ERASURE_RECORDED, type Erasure, PRIVACY_STREAM } from './erasureEvent.js';
import { erasedPlaceholder, isErased } from './personalFields.js';

const rightOf = <A>(either: Either<unknown, A>): A => {
  if (isLeft(either)) throw new Error(`expected a Right, got ${JSON.stringify(either.left)}`);
  return either.right;
};

const SECRET = 'Jane Roe told me';
const newStore = (): EventStore =>
  createInMemoryEventStore({
    registry: feedbackRegistry,
    clock: steppingClock('2026-03-05T10:00:00.000Z'),
    ids: sequentialIds('e'),
  });

const withFeedback = async (): Promise<{ tenant: TenantEventStore; event: StoredEvent }> => {
  const tenant = newStore().forTenant('acme');
  const appended = rightOf(
    await tenant.append('feedback-1', [
      feedbackGivenEvent({
        feedbackId: 'f1',
        text: SECRET,
        items: [
          { topic: 'audit', text: 'Jane Roe' },
          { topic: 'risk', text: 'ok' },
        ],
      }),
    ]),
  );
  return { tenant, event: appended.events[0]! };
};

const request = erasureRequest;

/** Everything a reader gets back, as text (positions as decimal). */
const text = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

const all = async (tenant: TenantEventStore): Promise<StoredEvent[]> => {
  const events: StoredEvent[] = [];
  for await (const batch of tenant.readAll()) events.push(...batch);
  return events;
};

describe('sealing personal fields', () => {
  it('gives every personal value present its own salt and digest, and hashes the digests instead of the text', async () => {
    const { event } = await withFeedback();
    expect(Object.keys(event.personal ?? {})).toStrictEqual(['/items/0/text', '/items/1/text', '/text']);
    const salts = Object.values(event.personal ?? {}).map((f) => ('salt' in f ? f.salt : ''));
    expect(new Set(salts).size).toBe(3);
    for (const salt of salts) expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(event)).toBe(event.hash);
    // The same event read as if the text were hashed (no sidecar): another hash.
    expect(hashOf({ ...event, personal: undefined })).not.toBe(event.hash);
  });
});

describe('erasing personal fields', () => {
  it('replaces the values with a placeholder, drops the salts, records the erasure, and keeps the hash', async () => {
    const { tenant, event } = await withFeedback();
    const result = rightOf(await tenant.erase(request(event.eventId, ['/text', '/items/0/text'])));
    expect(result.erased).toStrictEqual(['/text', '/items/0/text']);
    const [stored] = rightOf(await tenant.readStream('feedback-1'));
    expect(stored!.hash).toBe(event.hash);
    const placeholder = erasedPlaceholder({
      erasedAt: (result.erasure.data as Erasure).erasedAt,
      basis: 'GDPR art. 17(1)(a)',
    });
    expect(placeholder).toMatch(/^\[erased 2026-03-05: GDPR art\. 17\(1\)\(a\)\]$/);
    expect((stored!.data as { text: string }).text).toBe(placeholder);
    expect((stored!.data as { items: { text: string }[] }).items.map((i) => i.text)).toStrictEqual([placeholder, 'ok']);
    const erasedField = stored!.personal!['/text']!;
    expect(isErased(erasedField) && erasedField.erased.by).toStrictEqual({ id: 'dpo-1', role: 'privacy officer' });
    expect('salt' in erasedField).toBe(false);
    expect('salt' in stored!.personal!['/items/1/text']!).toBe(true);
    expect(text(await all(tenant))).not.toContain('Jane Roe');
    const log = rightOf(await tenant.readStream(PRIVACY_STREAM));
    expect(log.map((e) => e.type)).toStrictEqual([ERASURE_RECORDED]);
    expect(log[0]!.eventId).toBe(result.erasure.eventId);
  });

  it('leaves a history that verifies and reports exactly the erased fields', async () => {
    const { tenant, event } = await withFeedback();
    rightOf(await tenant.erase(request(event.eventId, ['/items/0/text'])));
    const verified = await verifyHistory(tenant.readAll());
    expect(verified.ok).toBe(true);
    expect(verified.erasures.map((e) => [e.eventId, e.pointer, e.basis])).toStrictEqual([
      [event.eventId, '/items/0/text', 'GDPR art. 17(1)(a)'],
    ]);
  });

  it('verifies one stream alone when given the tenant’s erasure records, and reports the field unrecorded without them', async () => {
    const { tenant, event } = await withFeedback();
    rightOf(await tenant.erase(request(event.eventId, ['/text'])));
    const stream = rightOf(await tenant.readStream('feedback-1'));
    const records = erasureRecordsOf(rightOf(await tenant.readStream(PRIVACY_STREAM)));
    expect(verifyStream(stream, records)).toMatchObject({ ok: true, erasures: [{ pointer: '/text' }] });
    expect(verifyStream(stream)).toMatchObject({ ok: false, break: { kind: 'erasure-unrecorded' } });
  });

  it('reads an erased field whose rule the placeholder breaks (items allow 12 characters)', async () => {
    const { tenant, event } = await withFeedback();
    rightOf(await tenant.erase(request(event.eventId, ['/items/0/text'])));
    const [stored] = rightOf(await tenant.readStream('feedback-1'));
    const decoded = feedbackRegistry.decode(stored!);
    expect(isRight(decoded)).toBe(true);
    // The same payload in an event with no erasure note fails its rule: the exception is for erased fields only.
    expect(isLeft(feedbackRegistry.decode({ ...stored!, personal: undefined }))).toBe(true);
  });

  it('keeps an anchor taken before the erasure holding', async () => {
    const { tenant, event } = await withFeedback();
    const anchor = rightOf(await recordAnchor(tenant));
    rightOf(await tenant.erase(request(event.eventId, ['/text'])));
    expect(isRight(await checkAnchor(tenant, anchor))).toBe(true);
  });
});

describe('an erasure refused', () => {
  const refusal = async (change: (eventId: string) => unknown, tag: string, message: RegExp) => {
    const { tenant, event } = await withFeedback();
    const before = await tenant.headPosition();
    const result = await tenant.erase(change(event.eventId) as EraseRequest);
    expect(isLeft(result) && result.left._tag).toBe(tag);
    expect(isLeft(result) && result.left.message).toMatch(message);
    expect(await tenant.headPosition()).toBe(before);
    expect(rightOf(await tenant.readStream('feedback-1'))[0]).toStrictEqual(event);
  };

  it('names an event this tenant does not have', () =>
    refusal(() => request('nope', ['/text']), 'EventNotFound', /no event nope in this tenant/));
  it('names a field that is not personal, listing those that are', () =>
    refusal(
      (id) => request(id, ['/feedbackId']),
      'NotPersonalField',
      /\/feedbackId is not a personal field.*\/items\/0\/text, \/items\/1\/text, \/text/,
    ));
  it('refuses an empty reason', () =>
    refusal((id) => ({ ...request(id, ['/text']), reason: ' ' }), 'InvalidErasure', /reason must be a non-empty text/));
  it('refuses an empty legal basis', () =>
    refusal((id) => ({ ...request(id, ['/text']), basis: '' }), 'InvalidErasure', /basis must be a non-empty text/));
  it('refuses a request with no field', () =>
    refusal((id) => request(id, []), 'InvalidErasure', /pointers must list at least one field/));

  it('refuses a field already erased', async () => {
    const { tenant, event } = await withFeedback();
    rightOf(await tenant.erase(request(event.eventId, ['/text'])));
    const again = await tenant.erase(request(event.eventId, ['/text']));
    expect(isLeft(again) && again.left._tag).toBe('AlreadyErased');
    expect(rightOf(await tenant.readStream(PRIVACY_STREAM))).toHaveLength(1);
  });

  it('answers another tenant’s event id as not found', async () => {
    const store = newStore();
    const ours = store.forTenant('acme');
    const theirs = store.forTenant('globex');
    const appended = rightOf(
      await theirs.append('feedback-1', [feedbackGivenEvent({ feedbackId: 'g', text: SECRET, items: [] })]),
    );
    const result = await ours.erase(request(appended.events[0]!.eventId, ['/text']));
    expect(isLeft(result) && result.left._tag).toBe('EventNotFound');
    expect(text(rightOf(await theirs.readStream('feedback-1')))).toContain(SECRET);
  });
});

describe('verification after an erasure', () => {
  const erasedHistory = async () => {
    const { tenant, event } = await withFeedback();
    rightOf(await tenant.erase(request(event.eventId, ['/text'])));
    return all(tenant);
  };
  const edit = (events: StoredEvent[], at: number, change: (e: StoredEvent) => StoredEvent) =>
    events.map((e, i) => (i === at ? change(e) : e));

  it('catches a personal field still written that was changed', async () => {
    const events = await erasedHistory();
    const tampered = edit(events, 0, (e) => ({
      ...e,
      data: {
        ...(e.data as object),
        items: [
          { topic: 'audit', text: 'John Doe' },
          { topic: 'risk', text: 'ok' },
        ],
      },
    }));
    const verified = await verifyHistory(storedHistory('acme', tampered).readAll());
    expect(verified.ok === false && verified.break.message).toMatch(
      /hash-mismatch: personal field \/items\/0\/text changed/,
    );
  });

  it('catches text written back into an erased field', async () => {
    const events = await erasedHistory();
    const tampered = edit(events, 0, (e) => ({ ...e, data: { ...(e.data as object), text: SECRET } }));
    const verified = await verifyHistory(storedHistory('acme', tampered).readAll());
    expect(verified.ok === false && verified.break.message).toMatch(/erased personal field \/text changed/);
  });

  it('reports a field marked erased that no erasure records', async () => {
    const events = await erasedHistory();
    const withoutRecord = events.filter((e) => e.streamId !== PRIVACY_STREAM);
    const verified = await verifyHistory(storedHistory('acme', withoutRecord).readAll());
    expect(verified.ok === false && verified.break.kind).toBe('erasure-unrecorded');
  });
});
