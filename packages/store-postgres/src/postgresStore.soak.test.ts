import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createManagementReview, domainRegistry, type TenantHandles } from '@mgmt-review/core';
import { samplePeople } from '@mgmt-review/core/testing';
import {
  type Checkpoint,
  type CheckpointStore,
  createProjectionRunner,
  type Projection,
  replay,
  type StoredEvent,
  systemClock,
  uuidV7Ids,
  verifyHistory,
} from '@mgmt-review/eventsourcing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

/** How long the soak runs: `SOAK_MINUTES` (CI may set 10), else 20 seconds. */
const soakMs = (): number => {
  const asked = process.env.SOAK_MINUTES;
  if (asked === undefined || asked === '') return 20_000;
  const minutes = Number(asked);
  if (!(minutes > 0)) throw new TypeError(`SOAK_MINUTES must be a positive number, got "${asked}"`);
  return minutes * 60_000;
};

const APPENDERS = 4;
const TENANT = 'tenant-soak';
const database = useTestDatabase({ beforeAll, afterAll });
const skip = database.concurrencySkipReason;
const title = (what: string) => (skip === undefined ? what : `${what} (skipped: ${skip})`);

/**
 * Collects garbage before a heap sample. vitest gives no per-file `--expose-gc`, so the flag is
 * set at run time and `gc` taken from a new context, where V8 then defines it.
 */
const collectGarbage = (): (() => void) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Twice: the first pass may leave what finalizers released to the second.
  return () => {
    gc();
    gc();
  };
};

/** What the soak's read model holds: events by type, each stream's version, and where the order went wrong. */
interface Tally {
  events: number;
  byType: Record<string, number>;
  versions: Record<string, number>;
  /** Events whose stream version is not the one after the previous, or whose position does not increase. */
  outOfOrder: number;
  lastPosition: string;
}

const tally: Projection<Tally> = {
  name: 'soak-tally',
  version: 1,
  initial: () => ({ events: 0, byType: {}, versions: {}, outOfOrder: 0, lastPosition: '0' }),
  apply: (state, event) => {
    state.events += 1;
    state.byType[event.type] = (state.byType[event.type] ?? 0) + 1;
    if (event.streamVersion !== (state.versions[event.streamId] ?? 0) + 1) state.outOfOrder += 1;
    if (event.globalPosition <= BigInt(state.lastPosition)) state.outOfOrder += 1;
    state.versions[event.streamId] = event.streamVersion;
    state.lastPosition = String(event.globalPosition);
    return state;
  },
};

/** Checkpoints kept as JSON text, as a host's table would: a saved state shares nothing with the runner's. */
const jsonCheckpoints = (): CheckpointStore<Tally> & { saves: number } => {
  const saved = new Map<string, string>();
  const store = {
    saves: 0,
    load: async (projection: string) => {
      const text = saved.get(projection);
      if (text === undefined) return undefined;
      const { position, ...rest } = JSON.parse(text) as Omit<Checkpoint<Tally>, 'position'> & { position: string };
      return { ...rest, position: BigInt(position) };
    },
    save: async (checkpoint: Checkpoint<Tally>) => {
      store.saves += 1;
      saved.set(checkpoint.projection, JSON.stringify({ ...checkpoint, position: String(checkpoint.position) }));
    },
  };
  return store;
};

/** One appender: raises an action, notes its progress three times, completes and verifies it, again and again. */
const appendUntil = async (handles: TenantHandles, appender: number, until: () => boolean): Promise<number> => {
  const { ciso, itLead, auditor } = samplePeople;
  let commands = 0;
  const ok = async (result: Promise<{ _tag: string; left?: { message: string } }>) => {
    const outcome = await result;
    if (outcome._tag === 'Left') throw new Error(`appender ${appender}: ${outcome.left?.message}`);
    commands += 1;
  };
  for (let n = 0; !until(); n++) {
    const actionId = `soak-${appender}-${n}`;
    await ok(
      handles.actions.raise(
        { actionId, origin: 'improvement', originId: 'imp-soak', title: 'soak', owner: itLead, dueDate: '2026-12-31' },
        { actor: ciso },
      )(),
    );
    for (let note = 0; note < 3; note++) {
      await ok(handles.actions.noteProgress({ actionId, note: `note ${note}` }, { actor: itLead })());
    }
    await ok(handles.actions.complete({ actionId, summary: 'done', evidence: ['e'] }, { actor: itLead })());
    await ok(handles.actions.verify({ actionId, comment: 'checked' }, { actor: auditor })());
  }
  return commands;
};

describe('PostgreSQL soak', () => {
  it.skipIf(skip !== undefined)(
    title(
      'appenders, a live subscription and the checkpointed projection runner, restarted midway, end with the read model a rebuild gives, and a steady heap',
    ),
    async () => {
      const duration = soakMs();
      const gc = collectGarbage();
      const store = await createPostgresEventStore({
        ...(database.connection() as { connectionString: string }),
        maxConnections: 8,
        schema: database.schemaName(),
        registry: domainRegistry,
        pollIntervalMs: 50,
      });
      try {
        const tenant = store.forTenant(TENANT);
        const handles = createManagementReview({ store, clock: systemClock, ids: uuidV7Ids }).forTenant(TENANT);
        const checkpoints = jsonCheckpoints();
        const runnerOf = () =>
          createProjectionRunner({
            store: tenant,
            registry: domainRegistry,
            projection: tally,
            checkpoints,
            checkpointEvery: 250,
          });
        let runner = runnerOf();
        await runner.start();
        let live = 0;
        let liveBreaks = 0;
        let lastLive = 0n;
        const subscription = tenant.subscribe().subscribe((event: StoredEvent) => {
          live += 1;
          if (event.globalPosition <= lastLive) liveBreaks += 1;
          lastLive = event.globalPosition;
        });

        const started = Date.now();
        const until = () => Date.now() - started >= duration;
        const appenders = Array.from({ length: APPENDERS }, (_, n) => appendUntil(handles, n, until));

        // At a third: the heap after GC; at a half: the runner is stopped and a new one resumes from its checkpoint.
        await new Promise((resolve) => setTimeout(resolve, duration / 3));
        gc();
        const heapAtThird = process.memoryUsage().heapUsed;
        const eventsAtThird = live;
        await new Promise((resolve) => setTimeout(resolve, duration / 6));
        await runner.stop();
        runner = runnerOf();
        await runner.start();

        const commands = (await Promise.all(appenders)).reduce((sum, n) => sum + n, 0);
        const folded = await runner.whenCaughtUp();
        const head = await tenant.headPosition();
        const deadline = Date.now() + 10_000;
        while (lastLive < head && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        subscription.unsubscribe();
        await runner.stop();
        gc();
        const heapAtEnd = process.memoryUsage().heapUsed;

        const rebuilt = await replay(tenant, domainRegistry, tally);
        const verified = await verifyHistory(tenant.readAll());
        const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
        console.info(
          `PostgreSQL soak: ${(duration / 1000).toFixed(0)} s, ${APPENDERS} appenders, ${commands} commands, ${rebuilt.events} events, ${live} delivered live, ${checkpoints.saves} checkpoints, heap ${mb(heapAtThird)} MB at a third (${eventsAtThird} events) → ${mb(heapAtEnd)} MB at the end`,
        );

        expect(rebuilt.events).toBe(commands);
        expect(rebuilt.outOfOrder).toBe(0);
        // The runner, restarted from its checkpoint, holds exactly what a rebuild from position 0 holds.
        expect(folded).toEqual(rebuilt);
        expect(live).toBe(rebuilt.events);
        expect(liveBreaks).toBe(0);
        expect(verified).toMatchObject({ ok: true, events: rebuilt.events });
        // Steady: after GC, the heap grew by less than 1 MB plus 200 bytes per event appended after
        // the first third. The read model keeps one small record per stream (six events), about
        // 25 bytes an event; anything that kept the events themselves (about 1 KB each) would not fit.
        expect(heapAtEnd - heapAtThird).toBeLessThan(2 ** 20 + 200 * (rebuilt.events - eventsAtThird));
      } finally {
        await store.close();
      }
    },
    soakMs() + 120_000,
  );
});
