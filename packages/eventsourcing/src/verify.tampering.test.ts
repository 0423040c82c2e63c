import { fc, it } from '@fast-check/vitest';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import { steppingClock } from './clock.js';
import type { StoredEvent } from './envelope.js';
import { hashOf } from './hashChain.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { actor, at, counterRegistry } from './testing/counter.js';
import { type ChainBreakKind, verifyHistory, verifyStream } from './verify.js';

/** A tenant's history: several counter streams of 2–6 events each, interleaved in global order. */
const historyShape = fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 3 }).chain((lengths) => {
  const appends = lengths.flatMap((length, stream) => Array.from({ length }, () => stream));
  return fc.record({
    lengths: fc.constant(lengths),
    order: fc.shuffledSubarray(appends, { minLength: appends.length, maxLength: appends.length }),
    amounts: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: appends.length, maxLength: appends.length }),
  });
});

const writeHistory = async (shape: { order: number[]; amounts: number[] }): Promise<StoredEvent[]> => {
  const store = createInMemoryEventStore({ registry: counterRegistry, clock: steppingClock(at) }).forTenant('t1');
  const written = new Set<number>();
  for (const [i, stream] of shape.order.entries()) {
    const event = written.has(stream)
      ? { type: 'Incremented', data: { by: shape.amounts[i]!, note: `n${i}` } }
      : { type: 'Opened', data: { name: `counter ${stream}` } };
    written.add(stream);
    const appended = await store.append(`counter-${stream}`, [{ ...event, metadata: { actor, occurredAt: at } }]);
    if (isLeft(appended)) throw new Error(appended.left.message);
  }
  const history: StoredEvent[] = [];
  for await (const batch of store.readAll()) history.push(...batch);
  return history;
};

type Change =
  | { readonly kind: 'data'; readonly variant: 'edit' | 'add' }
  | { readonly kind: 'metadata'; readonly field: string }
  | { readonly kind: 'delete' }
  | { readonly kind: 'swap' }
  | { readonly kind: 'rehash' };

const changes = fc.oneof(
  fc.record({ kind: fc.constant('data' as const), variant: fc.constantFrom('edit' as const, 'add' as const) }),
  fc.record({
    kind: fc.constant('metadata' as const),
    field: fc.constantFrom(
      'actor.id',
      'actor.role',
      'occurredAt',
      'recordedAt',
      'commandId',
      'correlationId',
      'causationId',
    ),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'swap' as const }),
  fc.constant({ kind: 'rehash' as const }),
);

const editData = (data: unknown, variant: 'edit' | 'add'): unknown => {
  const record = data as Record<string, unknown>;
  if (variant === 'add') return { ...record, extra: true };
  const [key, value] = Object.entries(record)[0]!;
  return { ...record, [key]: typeof value === 'number' ? value + 1 : `${String(value)}!` };
};

const editMetadata = (event: StoredEvent, field: string): StoredEvent => {
  const m = event.metadata;
  const metadata =
    field === 'actor.id' || field === 'actor.role'
      ? { ...m, actor: { ...m.actor, [field.slice(6)]: `${m.actor[field.slice(6) as 'id' | 'role']}!` } }
      : { ...m, [field]: `${m[field as keyof typeof m] as string}!` };
  return { ...event, metadata };
};

/**
 * Applies one change to version `k` of a stream, as a tamperer with write access to the storage
 * would: rows edited in place, a row deleted, two rows' places exchanged (with their positions, so a
 * read sorted by position returns them swapped), or a row edited with its hash recomputed.
 * Returns the changed history and where and how verification must report it.
 */
const tamper = (history: readonly StoredEvent[], streamId: string, k: number, change: Change) => {
  const out = [...history];
  const at = (version: number) => out.findIndex((e) => e.streamId === streamId && e.streamVersion === version);
  const i = at(k);
  const original = out[i]!;
  switch (change.kind) {
    case 'data':
      out[i] = { ...original, data: editData(original.data, change.variant) };
      return { history: out, expected: { kind: 'hash-mismatch' as ChainBreakKind, version: k } };
    case 'metadata':
      out[i] = editMetadata(original, change.field);
      return { history: out, expected: { kind: 'hash-mismatch' as ChainBreakKind, version: k } };
    case 'delete':
      out.splice(i, 1);
      return { history: out, expected: { kind: 'version-gap' as ChainBreakKind, version: k + 1 } };
    case 'swap': {
      const j = at(k + 1);
      const next = out[j]!;
      out[i] = { ...next, globalPosition: original.globalPosition };
      out[j] = { ...original, globalPosition: next.globalPosition };
      return { history: out, expected: { kind: 'reordering' as ChainBreakKind, version: k } };
    }
    case 'rehash': {
      const edited = { ...original, data: editData(original.data, 'edit') };
      out[i] = { ...edited, hash: hashOf(edited) };
      return { history: out, expected: { kind: 'broken-link' as ChainBreakKind, version: k + 1 } };
    }
  }
};

describe('verifying a history', () => {
  it.prop([historyShape], { numRuns: 50 })('finds no break in a history as written', async (shape) => {
    const history = await writeHistory(shape);
    expect((await verifyHistory([history])).ok).toBe(true);
    for (let s = 0; s < shape.lengths.length; s++) {
      expect(verifyStream(history.filter((e) => e.streamId === `counter-${s}`)).ok).toBe(true);
    }
  });

  it.prop([historyShape, fc.nat(), fc.nat(), changes], { numRuns: 200 })(
    'reports any single change to a stored stream at its stream, version and kind',
    async (shape, pickStream, pickVersion, change) => {
      const history = await writeHistory(shape);
      const stream = pickStream % shape.lengths.length;
      const streamId = `counter-${stream}`;
      const length = shape.lengths[stream]!;
      // A deleted, swapped or re-hashed event needs a successor to betray it; edits show anywhere.
      const last = change.kind === 'data' || change.kind === 'metadata' ? length : length - 1;
      const k = (pickVersion % last) + 1;
      const tampered = tamper(history, streamId, k, change);
      const where = { streamId, streamVersion: tampered.expected.version, kind: tampered.expected.kind };

      expect(verifyStream(tampered.history.filter((e) => e.streamId === streamId))).toMatchObject({
        ok: false,
        break: where,
      });
      expect(await verifyHistory([tampered.history])).toMatchObject({ ok: false, break: { ...where, tenantId: 't1' } });
    },
  );

  it('cannot see a deleted last event from the chain alone: that needs a head kept elsewhere', async () => {
    const history = await writeHistory({ order: [0, 0, 0], amounts: [0, 1, 2] });
    expect(verifyStream(history.slice(0, -1)).ok).toBe(true);
  });
});
