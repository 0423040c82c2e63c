import {
  type AppendOptions,
  EMPTY_HEAD,
  type StoredEvent,
  type StreamHead,
  systemClock,
  uuidV7Ids,
} from '@mgmt-review/eventsourcing';
import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppender } from './append.js';
import type { Connector, Session } from './connection.js';
import { migrate } from './migrations.js';
import { useHookedStores } from './postgresStore.hookedStores.js';
import { connectorOf } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });
const { skip, title, open } = useHookedStores(database, { afterEach });

const headOf = (events: readonly StoredEvent[]): StreamHead => {
  const last = events.at(-1)!;
  return { version: last.streamVersion, hash: last.hash };
};

/** A connector that counts the round trips of each session it hands out (one per call to the server). */
const counting = (inner: Connector) => {
  const sessions: number[] = [];
  const connector: Connector = {
    concurrent: inner.concurrent,
    end: () => inner.end(),
    connect: async () => {
      const session = await inner.connect();
      const index = sessions.push(0) - 1;
      const counted = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => {
        return (...args: A) => {
          sessions[index]! += 1;
          return call(...args);
        };
      };
      const wrapped: Session = {
        query: counted((text: string, values?: readonly unknown[]) => session.query(text, values)),
        prepared: counted((name: string, text: string, values: readonly unknown[]) =>
          session.prepared(name, text, values),
        ),
        script: counted((statements: readonly string[]) => session.script(statements)),
        release: (broken) => session.release(broken),
      };
      return wrapped;
    },
  };
  return { connector, roundTrips: () => sessions.reduce((sum, n) => sum + n, 0), reset: () => sessions.splice(0) };
};

describe('PostgreSQL appends on a known head', () => {
  it('an append on the head its writer read is one round trip; one without a known head is two', async () => {
    const schema = database.schemaName();
    const trips = counting(connectorOf(database.connection()));
    await migrate(trips.connector, schema);
    const append = createAppender({
      connector: trips.connector,
      schema,
      registry: contractRegistry,
      clock: systemClock,
      ids: uuidV7Ids,
    });
    const run = async (events: number, options: AppendOptions) => {
      trips.reset();
      const result = await append('tenant-a', 'tally-1', countedEvents(events), options);
      if (result._tag === 'Left') throw new Error(result.left.message);
      return { trips: trips.roundTrips(), head: headOf(result.right.events) };
    };
    const first = await run(1, { expectedVersion: 'no-stream', knownHead: EMPTY_HEAD });
    expect(first.trips).toBe(1);
    const batch = await run(100, { expectedVersion: 1, knownHead: first.head });
    expect(batch.trips).toBe(1);
    expect(batch.head.version).toBe(101);
    expect((await run(1, { expectedVersion: 101 })).trips).toBe(2);
    expect((await run(1, {})).trips).toBe(2);
    await trips.connector.end();
  });

  it('a known head that no longer holds is a VersionConflict, and nothing is appended', async () => {
    const tenant = (await open()).forTenant('tenant-a');
    const first = await tenant.append('tally-1', countedEvents(2), { knownHead: EMPTY_HEAD });
    if (first._tag === 'Left') throw new Error(first.left.message);
    const head = headOf(first.right.events);
    const stale = await tenant.append('tally-1', countedEvents(1), {
      expectedVersion: 'no-stream',
      knownHead: EMPTY_HEAD,
    });
    expect(stale._tag === 'Left' && stale.left._tag).toBe('VersionConflict');
    const otherHash = { version: head.version, hash: 'a'.repeat(64) };
    const forged = await tenant.append('tally-1', countedEvents(1), { expectedVersion: 2, knownHead: otherHash });
    expect(forged._tag === 'Left' && forged.left).toMatchObject({ _tag: 'VersionConflict', actual: 2 });
    const read = await tenant.readStream('tally-1');
    expect(read._tag === 'Right' && read.right.map((e) => e.streamVersion)).toEqual([1, 2]);
    const next = await tenant.append('tally-1', countedEvents(1), { expectedVersion: 2, knownHead: head });
    expect(next._tag === 'Right' && next.right.events[0]!.prevHash).toBe(head.hash);
  });

  it('a retried append on a known head (the same event ids) is recognised and written once', async () => {
    const tenant = (await open()).forTenant('tenant-a');
    const events = countedEvents(3).map((event, i) => ({ ...event, eventId: `known-head-retry-${i}` }));
    const options = { expectedVersion: 'no-stream', knownHead: EMPTY_HEAD } as const;
    const first = await tenant.append('tally-1', events, options);
    const again = await tenant.append('tally-1', events, options);
    expect(first._tag === 'Right' && first.right.duplicate).toBe(false);
    expect(again._tag === 'Right' && again.right.duplicate).toBe(true);
    expect(again._tag === 'Right' && again.right.events).toEqual(first._tag === 'Right' && first.right.events);
    const read = await tenant.readStream('tally-1');
    expect(read._tag === 'Right' && read.right.length).toBe(3);
  });

  it.skipIf(skip !== undefined)(
    title('writers racing on one known head: exactly one appends, each other one gets a VersionConflict'),
    async () => {
      const tenant = (await open()).forTenant('tenant-a');
      const first = await tenant.append('tally-1', countedEvents(1));
      if (first._tag === 'Left') throw new Error(first.left.message);
      const head = headOf(first.right.events);
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          tenant.append('tally-1', countedEvents(2), { expectedVersion: 1, knownHead: head }),
        ),
      );
      expect(results.filter((r) => r._tag === 'Right')).toHaveLength(1);
      for (const r of results.filter((r) => r._tag === 'Left')) expect(r.left._tag).toBe('VersionConflict');
      const read = await tenant.readStream('tally-1');
      expect(read._tag === 'Right' && read.right.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    },
  );

  it.skipIf(skip !== undefined)(
    title('an append on a known head that commits late is not skipped: reads wait for it, then show both in order'),
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
      let slow: ReturnType<typeof tenant.append> | undefined;
      try {
        slow = tenant.append('tally-slow', countedEvents(1), { expectedVersion: 'no-stream', knownHead: EMPTY_HEAD });
        const deadline = Date.now() + 10_000;
        while (stalled.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
        expect(stalled).toHaveLength(1);
        const fast = await tenant.append('tally-fast', countedEvents(1), { knownHead: EMPTY_HEAD });
        expect(fast._tag === 'Right' && fast.right.globalPosition > stalled[0]!.globalPosition).toBe(true);
        const seen: StoredEvent[] = [];
        for await (const batch of tenant.readAll()) seen.push(...batch);
        expect(seen).toEqual([]);
      } finally {
        release();
      }
      expect((await slow)?._tag).toBe('Right');
      const all: StoredEvent[] = [];
      for await (const batch of tenant.readAll()) all.push(...batch);
      expect(all.map((e) => e.streamId)).toEqual(['tally-slow', 'tally-fast']);
    },
  );
});
