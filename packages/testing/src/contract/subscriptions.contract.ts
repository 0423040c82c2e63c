import { describe, expect, it } from 'vitest';
import { collect } from './collector.js';
import type { StoreFixture } from './harness.js';
import { readEverything, rightOf } from './results.js';
import { countedEvents } from './testEvents.js';

/** A subscription first catches up with what is stored, then delivers each new event once, in order. */
export const subscriptionsContract = (stores: StoreFixture) =>
  describe('subscriptions', () => {
    it('catches up with stored events, then delivers new ones as they are appended', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', countedEvents(3)));
      const subscriber = collect(store);
      await subscriber.waitFor(3);
      rightOf(await store.append('tally-2', countedEvents(2)));
      rightOf(await store.append('tally-1', countedEvents(1)));
      const received = await subscriber.waitFor(6);
      subscriber.stop();
      expect(received).toEqual((await readEverything(store)).events);
    });

    it('delivers only events after the position it starts from', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const first = rightOf(await store.append('tally-1', countedEvents(4)));
      const subscriber = collect(store, { after: first.events[1]!.globalPosition });
      rightOf(await store.append('tally-1', countedEvents(1)));
      const received = await subscriber.waitFor(3);
      subscriber.stop();
      expect(received.map((e) => e.streamVersion)).toEqual([3, 4, 5]);
    });

    it('misses nothing and repeats nothing when appends race a long catch-up', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      rightOf(await store.append('tally-1', countedEvents(2500)));
      const subscriber = collect(store);
      for (let i = 0; i < 10; i++) rightOf(await store.append(`tally-${i % 3}`, countedEvents(5)));
      const received = await subscriber.waitFor(2550);
      // Give a duplicate the chance to show up before comparing.
      rightOf(await store.append('tally-9', countedEvents(1)));
      await subscriber.waitFor(2551);
      subscriber.stop();
      expect(subscriber.received.length).toBe(2551);
      const positions = received.map((e) => e.globalPosition);
      for (let i = 1; i < positions.length; i++) expect(positions[i]! > positions[i - 1]!).toBe(true);
      expect(subscriber.received.map((e) => e.eventId)).toEqual(
        (await readEverything(store)).events.map((e) => e.eventId),
      );
    });

    it('stops delivering once unsubscribed', async () => {
      const store = (await stores.fresh()).forTenant('tenant-a');
      const subscriber = collect(store);
      rightOf(await store.append('tally-1', countedEvents(1)));
      await subscriber.waitFor(1);
      subscriber.stop();
      rightOf(await store.append('tally-1', countedEvents(2)));
      const watcher = collect(store);
      await watcher.waitFor(3);
      watcher.stop();
      expect(subscriber.received.length).toBe(1);
    });
  });
