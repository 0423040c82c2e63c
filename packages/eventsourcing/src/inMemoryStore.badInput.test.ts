import { isRight, left } from 'fp-ts/lib/Either.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NewEvent } from './envelope.js';
import type { TenantEventStore } from './eventStore.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { actor, at, counterRegistry } from './testing/counter.js';

const event = (type: string, data: unknown, metadata: Partial<NewEvent['metadata']> = {}): NewEvent => ({
  type,
  data,
  metadata: { actor, occurredAt: at, ...metadata },
});
const opened = event('Opened', { name: 'c' });

describe('bad input to the in-memory store is refused, typed, and appends nothing', () => {
  let acme: TenantEventStore;
  beforeEach(async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry });
    acme = store.forTenant('acme');
    await acme.append('counter-1', [opened]);
  });

  const nothingAppended = async () => {
    const read = await acme.readStream('counter-1');
    expect(isRight(read) && read.right.map((e) => e.type)).toEqual(['Opened']);
    expect(await acme.headPosition()).toBe(1n);
  };

  it('an event that fails its codec: InvalidEvent with the field path, where it would have gone', async () => {
    const result = await acme.append('counter-1', [event('Incremented', { by: 'two', note: '' })]);
    expect(result).toEqual(
      left(
        expect.objectContaining({
          _tag: 'InvalidEvent',
          streamId: 'counter-1',
          streamVersion: 2,
          type: 'Incremented',
          path: 'data.by',
        }),
      ),
    );
    await nothingAppended();
  });

  it('a bad event among good ones: the whole append is refused (atomic)', async () => {
    const result = await acme.append('counter-1', [
      event('Incremented', { by: 1, note: '' }),
      event('Incremented', { by: 2 }),
      event('Incremented', { by: 3, note: '' }),
    ]);
    expect(result).toEqual(
      left(expect.objectContaining({ _tag: 'InvalidEvent', streamVersion: 3, path: 'data.note' })),
    );
    await nothingAppended();
  });

  it('an event type the registry does not know: UnknownEvent', async () => {
    const result = await acme.append('counter-1', [event('Reset', {})]);
    expect(result).toEqual(
      left(expect.objectContaining({ _tag: 'UnknownEvent', type: 'Reset', streamId: 'counter-1' })),
    );
    await nothingAppended();
  });

  it('metadata without an actor or a business time: InvalidInput with the field path', async () => {
    const noRole = await acme.append('counter-1', [
      event('Incremented', { by: 1, note: '' }, { actor: { id: 'u', role: '' } }),
    ]);
    expect(noRole).toEqual(
      left(expect.objectContaining({ _tag: 'InvalidInput', path: 'events.0.metadata.actor.role' })),
    );
    const badTime = await acme.append('counter-1', [
      event('Incremented', { by: 1, note: '' }, { occurredAt: 'yesterday' }),
    ]);
    expect(badTime).toEqual(
      left(expect.objectContaining({ _tag: 'InvalidInput', path: 'events.0.metadata.occurredAt' })),
    );
    await nothingAppended();
  });

  it('a wrong expected version: VersionConflict with both versions', async () => {
    const result = await acme.append('counter-1', [event('Incremented', { by: 1, note: '' })], { expectedVersion: 3 });
    expect(result).toEqual(
      left(
        expect.objectContaining({ _tag: 'VersionConflict', streamId: 'counter-1', expected: 'version 3', actual: 1 }),
      ),
    );
    const fresh = await acme.append('counter-1', [event('Incremented', { by: 1, note: '' })], {
      expectedVersion: 'no-stream',
    });
    expect(fresh).toEqual(left(expect.objectContaining({ _tag: 'VersionConflict', expected: 'no-stream', actual: 1 })));
    const missing = await acme.append('counter-2', [opened], { expectedVersion: 'stream-exists' });
    expect(missing).toEqual(
      left(expect.objectContaining({ _tag: 'VersionConflict', expected: 'stream-exists', actual: 0 })),
    );
    await nothingAppended();
    expect(await acme.readStream('counter-2')).toEqual({ _tag: 'Right', right: [] });
  });

  it('events that are not events: InvalidInput at their index', async () => {
    const notArray = await acme.append('counter-1', 'Opened' as never);
    expect(notArray).toEqual(left(expect.objectContaining({ _tag: 'InvalidInput', path: 'events' })));
    const notEvent = await acme.append('counter-1', [event('Incremented', { by: 1, note: '' }), null as never]);
    expect(notEvent).toEqual(left(expect.objectContaining({ _tag: 'InvalidInput', path: 'events.1' })));
    await nothingAppended();
  });

  it('a stream id without the <category>-<id> shape: InvalidStreamId', async () => {
    const result = await acme.append('counter 1', [opened]);
    expect(result).toEqual(left(expect.objectContaining({ _tag: 'InvalidStreamId', streamId: 'counter 1' })));
    expect(await acme.headPosition()).toBe(1n);
  });
});

describe('retried appends are written once', () => {
  it('an append re-sent with the same event ids returns the stored events and appends nothing', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const events = [
      { ...opened, eventId: '0192f0a4-0000-7000-8000-000000000001' },
      { ...event('Incremented', { by: 1, note: '' }), eventId: '0192f0a4-0000-7000-8000-000000000002' },
    ];
    const first = await store.append('counter-1', events, { expectedVersion: 'no-stream' });
    const again = await store.append('counter-1', events, { expectedVersion: 'no-stream' });
    expect(isRight(first) && first.right.duplicate).toBe(false);
    expect(again).toEqual({ _tag: 'Right', right: { ...(isRight(first) ? first.right : {}), duplicate: true } });
    expect(await store.headPosition()).toBe(2n);
  });

  it('an event id stored elsewhere, outside a retry: DuplicateEventId', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const eventId = '0192f0a4-0000-7000-8000-000000000003';
    await store.append('counter-1', [{ ...opened, eventId }]);
    const result = await store.append('counter-2', [{ ...opened, eventId }]);
    expect(result).toEqual(left(expect.objectContaining({ _tag: 'DuplicateEventId', eventId })));
    expect(await store.readStream('counter-2')).toEqual({ _tag: 'Right', right: [] });
  });

  it('an event id the store generated is known too: re-sent elsewhere it is a DuplicateEventId', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    for (let i = 1; i <= 3; i++) await store.append(`counter-${i}`, [opened]);
    const read = await store.readStream('counter-2');
    const generated = isRight(read) ? read.right[0]!.eventId : '';
    const result = await store.append('counter-4', [{ ...opened, eventId: generated }]);
    expect(result).toEqual(left(expect.objectContaining({ _tag: 'DuplicateEventId', eventId: generated })));
    const retry = await store.append('counter-2', [{ ...opened, eventId: generated }]);
    expect(isRight(retry) && retry.right).toMatchObject({ duplicate: true, streamVersion: 1 });
    expect(await store.headPosition()).toBe(3n);
  });
});

describe('tenants of the in-memory store', () => {
  it("reads another tenant's stream id as an empty stream of its own, and writes it without touching the first tenant's", async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry });
    const acme = store.forTenant('acme');
    const globex = store.forTenant('globex');
    await acme.append('counter-1', [opened, event('Incremented', { by: 1, note: '' })]);
    expect(await globex.readStream('counter-1')).toEqual({ _tag: 'Right', right: [] });
    const write = await globex.append('counter-1', [opened], { expectedVersion: 'no-stream' });
    expect(isRight(write) && write.right.events.map((e) => [e.tenantId, e.streamVersion])).toEqual([['globex', 1]]);
    const first = await acme.readStream('counter-1');
    expect(isRight(first) && first.right.map((e) => [e.tenantId, e.streamVersion])).toEqual([
      ['acme', 1],
      ['acme', 2],
    ]);
    expect(await globex.headPosition()).toBe(3n);
    expect(await acme.headPosition()).toBe(2n);
  });
});
