import type { EventStore, StoredEvent } from '@mgmt-review/eventsourcing';
import { countedEvents } from '@mgmt-review/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useHookedStores } from './postgresStore.hookedStores.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });
const { skip, title, open } = useHookedStores(database, { afterEach });

const collect = (store: EventStore) => {
  const received: StoredEvent[] = [];
  const subscription = store
    .forTenant('tenant-a')
    .subscribe()
    .subscribe((event) => received.push(event));
  return { received, stop: () => subscription.unsubscribe() };
};

const until = async (condition: () => boolean | Promise<boolean>, what: string) => {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/**
 * A position is taken at insert and becomes visible at commit. If the append holding the lower
 * position could commit after one holding a higher position, a reader could see the higher one
 * first and its cursor would then skip the lower one for good.
 */
describe('PostgreSQL late commits', () => {
  it.skipIf(skip !== undefined)(
    title(
      'the append holding the lower position commits last: reads never show the higher one first, and the live subscriber receives both in order',
    ),
    async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let stalled: readonly StoredEvent[] = [];
      const store = await open(async (events) => {
        if (events[0]?.streamId !== 'tally-slow') return;
        stalled = events;
        await gate;
      });
      const tenant = store.forTenant('tenant-a');
      await tenant.append('tally-before', countedEvents(1));
      const subscriber = collect(store);
      await until(() => subscriber.received.length === 1, 'the catch-up');
      const head = await tenant.headPosition();

      let slow: ReturnType<typeof tenant.append> | undefined;
      try {
        slow = tenant.append('tally-slow', countedEvents(1));
        await until(() => stalled.length === 1, 'the slow append to take its position');
        // The later append takes a higher position and commits while the slow one is still open.
        const fast = await tenant.append('tally-fast', countedEvents(1));
        expect(fast._tag === 'Right' && fast.right.globalPosition > stalled[0]!.globalPosition).toBe(true);
        const seen: StoredEvent[] = [];
        for await (const batch of tenant.readAll()) seen.push(...batch);
        expect(seen.map((e) => e.streamId)).toEqual(['tally-before']);
        expect(await tenant.headPosition()).toBe(head);
        // Give the subscriber a few polls in which it could go wrong.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(subscriber.received.map((e) => e.streamId)).toEqual(['tally-before']);
      } finally {
        release();
      }
      expect((await slow)?._tag).toBe('Right');
      await until(() => subscriber.received.length === 3, 'the subscriber to receive both appends');
      subscriber.stop();
      expect(subscriber.received.map((e) => e.streamId)).toEqual(['tally-before', 'tally-slow', 'tally-fast']);
      expect(subscriber.received[1]!.globalPosition).toBe(stalled[0]!.globalPosition);
      const all: StoredEvent[] = [];
      for await (const batch of tenant.readAll()) all.push(...batch);
      expect(all).toEqual(subscriber.received);
    },
  );

  it.skipIf(skip !== undefined)(title("a stalled append holds back only its own tenant's appends"), async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let stalled = false;
    const store = await open(async (events) => {
      if (events[0]?.streamId !== 'tally-slow') return;
      stalled = true;
      await gate;
    });
    try {
      const slow = store.forTenant('tenant-a').append('tally-slow', countedEvents(1));
      await until(() => stalled, 'the slow append to take its position');
      const other = await store.forTenant('tenant-b').append('tally-other', countedEvents(1));
      expect(other._tag).toBe('Right');
      release();
      expect((await slow)._tag).toBe('Right');
    } finally {
      release();
    }
  });

  it.skipIf(skip !== undefined)(
    title(
      '8 writers racing on separate streams: every read is a prefix of the final history, and a live subscriber skips nothing',
    ),
    async () => {
      const store = await open();
      const subscriber = collect(store);
      const snapshots: string[][] = [];
      let writing = true;
      const reader = (async () => {
        while (writing) {
          const snapshot: string[] = [];
          for await (const batch of store.forTenant('tenant-a').readAll({ batchSize: 50 })) {
            snapshot.push(...batch.map((e) => e.eventId));
          }
          snapshots.push(snapshot);
        }
      })();
      await Promise.all(
        Array.from({ length: 8 }, async (_, writer) => {
          const tenant = store.forTenant('tenant-a');
          for (let i = 0; i < 20; i++) {
            const result = await tenant.append(`tally-w${writer}`, countedEvents(1 + (i % 3)));
            expect(result._tag).toBe('Right');
          }
        }),
      );
      writing = false;
      await reader;
      const history: StoredEvent[] = [];
      for await (const batch of store.forTenant('tenant-a').readAll()) history.push(...batch);
      const ids = history.map((e) => e.eventId);
      for (const snapshot of snapshots) expect(snapshot).toEqual(ids.slice(0, snapshot.length));
      await until(() => subscriber.received.length === history.length, 'the subscriber to catch up');
      subscriber.stop();
      expect(subscriber.received.map((e) => e.eventId)).toEqual(ids);
      expect(snapshots.length).toBeGreaterThan(1);
    },
  );
});
