import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { asapScheduler, observeOn } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { inMemoryCheckpoints } from './checkpoints.js';
import type { NewEvent } from './envelope.js';
import { createEventRegistry, defineEvent } from './eventRegistry.js';
import type { TenantEventStore } from './eventStore.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import type { Projection } from './projection.js';
import { createProjectionRunner } from './projectionRunner.js';
import { HistoryUnreadable } from './replay.js';
import { actor, at, type CounterEvent, counterRegistry } from './testing/counter.js';
import { type CounterTotals, counterTotals } from './testing/counterTotals.js';

const e = (type: string, data: unknown): NewEvent => ({ type, data, metadata: { actor, occurredAt: at } });

const append = async (store: TenantEventStore, streamId: string, ...events: NewEvent[]) => {
  const result = await store.append(streamId, events);
  if (isLeft(result)) throw new Error(result.left.message);
};

/** A store whose subscriptions deliver asynchronously, as a remote store's do. */
const remoteLike = (store: TenantEventStore): TenantEventStore => ({
  ...store,
  subscribe: (options) => store.subscribe(options).pipe(observeOn(asapScheduler)),
});

/** Counts how many events a projection folds. */
const counting = <S>(projection: Projection<S, CounterEvent>) => {
  const counter = { applied: 0 };
  const wrapped: Projection<S, CounterEvent> = {
    ...projection,
    apply: (state, event) => {
      counter.applied += 1;
      return projection.apply(state, event);
    },
  };
  return { projection: wrapped, counter };
};

describe('the projection runner', () => {
  it('whenCaughtUp resolves once every event stored when it was called is folded', async () => {
    const store = remoteLike(createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme'));
    await append(store, 'counter-1', e('Opened', { name: 'a' }), e('Incremented', { by: 2, note: '' }));
    const runner = createProjectionRunner({ store, registry: counterRegistry, projection: counterTotals() });
    await runner.start();
    const state = await runner.whenCaughtUp();
    expect(state).toEqual({ events: 2, totals: { 'counter-1': 2 }, closed: [] });
    await append(store, 'counter-1', e('Incremented', { by: 3, note: '' }));
    expect((await runner.whenCaughtUp()).totals['counter-1']).toBe(5);
    expect(runner.current().position).toBe(3n);
    await runner.stop();
  });

  it('emits the state at start and after each event, live, as an Observable', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const immutableTotal: Projection<number, CounterEvent> = {
      name: 'total',
      version: 1,
      initial: () => 0,
      apply: (total, event) => (event.type === 'Incremented' ? total + event.data.by : total),
    };
    const runner = createProjectionRunner({ store, registry: counterRegistry, projection: immutableTotal });
    const seen: number[] = [];
    let completed = false;
    runner.states.subscribe({ next: (s) => seen.push(s), complete: () => (completed = true) });
    await append(store, 'counter-1', e('Opened', { name: 'a' }));
    await runner.start();
    await append(store, 'counter-1', e('Incremented', { by: 2, note: '' }));
    await append(store, 'counter-1', e('Incremented', { by: 5, note: '' }));
    await runner.whenCaughtUp();
    await runner.stop();
    expect(seen).toEqual([0, 0, 2, 7]);
    expect(completed).toBe(true);
  });

  it('resumes from its checkpoint, folding only the events after it', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const checkpoints = inMemoryCheckpoints<CounterTotals>();
    await append(store, 'counter-1', e('Opened', { name: 'a' }), e('Incremented', { by: 1, note: '' }));
    const first = createProjectionRunner({
      store,
      registry: counterRegistry,
      projection: counterTotals(),
      checkpoints,
    });
    await first.start();
    await first.whenCaughtUp();
    await first.stop();
    expect(checkpoints.saved.get('counter-totals')).toMatchObject({ position: 2n, projectionVersion: 1 });

    await append(store, 'counter-2', e('Opened', { name: 'b' }));
    const { projection, counter } = counting(counterTotals());
    const second = createProjectionRunner({ store, registry: counterRegistry, projection, checkpoints });
    await second.start();
    const state = await second.whenCaughtUp();
    await second.stop();
    expect(counter.applied).toBe(1);
    expect(state).toEqual({ events: 3, totals: { 'counter-1': 1, 'counter-2': 0 }, closed: [] });
  });

  it('rebuilds from position 0 when the projection version differs from the checkpoint’s', async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const checkpoints = inMemoryCheckpoints<CounterTotals>();
    await append(store, 'counter-1', e('Opened', { name: 'a' }), e('Incremented', { by: 4, note: '' }));
    const v1 = createProjectionRunner({ store, registry: counterRegistry, projection: counterTotals(1), checkpoints });
    await v1.start();
    await v1.whenCaughtUp();
    await v1.stop();

    const { projection, counter } = counting(counterTotals(2));
    const v2 = createProjectionRunner({ store, registry: counterRegistry, projection, checkpoints });
    await v2.start();
    const state = await v2.whenCaughtUp();
    await v2.stop();
    expect(counter.applied).toBe(2);
    expect(state).toEqual({ events: 2, totals: { 'counter-1': 4 }, closed: [] });
    expect(checkpoints.saved.get('counter-totals')).toMatchObject({ position: 2n, projectionVersion: 2 });
  });

  it('stops at an event it cannot read: the states error, whenCaughtUp rejects, nothing after it is folded', async () => {
    const legacy = defineEvent({ type: 'Legacy', codec: t.type({}) });
    const writer = counterRegistry.with(createEventRegistry([legacy]));
    const store = remoteLike(createInMemoryEventStore({ registry: writer }).forTenant('acme'));
    await append(
      store,
      'counter-1',
      e('Opened', { name: 'a' }),
      e('Legacy', {}),
      e('Incremented', { by: 1, note: '' }),
    );
    const runner = createProjectionRunner({ store, registry: counterRegistry, projection: counterTotals() });
    let failure: unknown;
    runner.states.subscribe({ error: (error: unknown) => (failure = error) });
    await runner.start();
    await expect(runner.whenCaughtUp()).rejects.toBeInstanceOf(HistoryUnreadable);
    expect(failure).toBeInstanceOf(HistoryUnreadable);
    expect((failure as HistoryUnreadable).error).toMatchObject({
      _tag: 'UnknownEvent',
      type: 'Legacy',
      streamVersion: 2,
    });
    expect(runner.current()).toMatchObject({ position: 1n, state: { events: 1 } });
  });

  it('rejects a whenCaughtUp still waiting when the runner stops, instead of leaving it pending', async () => {
    const acme = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    await append(acme, 'counter-1', e('Opened', { name: 'a' }));
    const runner = createProjectionRunner({ store: acme, registry: counterRegistry, projection: counterTotals() });
    const waiting = runner.whenCaughtUp();
    await runner.stop();
    await expect(waiting).rejects.toThrow(/stopped at position 0, before 1/);
    await expect(runner.whenCaughtUp()).rejects.toThrow(/is stopped/);
  });
});
