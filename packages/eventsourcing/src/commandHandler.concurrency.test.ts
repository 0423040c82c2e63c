import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { createCommandHandler } from './commandHandler.js';
import type { TenantEventStore } from './eventStore.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { actor, at, counterDecider, counterRegistry } from './testing/counter.js';
import { verifyStream } from './verify.js';

const HANDLERS = 8;
const COMMANDS = 100;
const MAX_RETRIES = 5;

/** A deterministic pseudo-random sequence (mulberry32), so a failing interleaving can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

/**
 * The store seen through a network-like delay: every read and append waits 0–2 turns of the event
 * loop first, so handlers interleave between their read and their write. Appends are counted by
 * command id.
 */
const jittered = (store: TenantEventStore, next: () => number) => {
  const attempts = new Map<string, number>();
  const pause = async () => {
    for (let i = Math.floor(next() * 3); i > 0; i--) await new Promise((resolve) => setImmediate(resolve));
  };
  const view: TenantEventStore = {
    ...store,
    readStream: async (streamId, options) => {
      await pause();
      return store.readStream(streamId, options);
    },
    append: async (streamId, events, options) => {
      const commandId = events[0]?.metadata.commandId ?? '';
      attempts.set(commandId, (attempts.get(commandId) ?? 0) + 1);
      await pause();
      return store.append(streamId, events, options);
    },
  };
  return { view, attempts };
};

describe('command handling under concurrency', () => {
  it(`${HANDLERS} handlers × ${COMMANDS} commands on one stream: no lost update, gapless versions, each command appended once or refused after its retries`, async () => {
    const store = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
    const { view, attempts } = jittered(store, random(2026));
    const open = createCommandHandler({ store: view, registry: counterRegistry, decider: counterDecider });
    expect(
      isRight(
        await open('counter-1', { type: 'Open', name: 'shared' }, { commandId: 'open', actor, occurredAt: at })(),
      ),
    ).toBe(true);

    const outcomes = new Map<string, 'appended' | 'conflict'>();
    await Promise.all(
      Array.from({ length: HANDLERS }, async (_, h) => {
        const handle = createCommandHandler({
          store: view,
          registry: counterRegistry,
          decider: counterDecider,
          maxRetries: MAX_RETRIES,
        });
        for (let c = 0; c < COMMANDS; c++) {
          const commandId = `h${h}-c${c}`;
          const result = await handle(
            'counter-1',
            { type: 'Increment', by: 1 },
            { commandId, actor, occurredAt: at },
          )();
          if (isLeft(result)) {
            expect(result.left).toMatchObject({ _tag: 'VersionConflict', streamId: 'counter-1' });
            outcomes.set(commandId, 'conflict');
          } else {
            expect(result.right.alreadyHandled).toBe(false);
            outcomes.set(commandId, 'appended');
          }
        }
      }),
    );

    const read = await store.readStream('counter-1');
    if (isLeft(read)) throw new Error(read.left.message);
    const events = read.right;
    expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
    expect(verifyStream(events).ok).toBe(true);

    const appendedIds = events.slice(1).map((e) => e.metadata.commandId);
    expect(new Set(appendedIds).size).toBe(appendedIds.length);
    const appended = [...outcomes].filter(([, o]) => o === 'appended').map(([id]) => id);
    expect(new Set(appendedIds)).toEqual(new Set(appended));
    for (const [commandId, outcome] of outcomes) {
      const tries = attempts.get(commandId) ?? 0;
      if (outcome === 'conflict') expect(tries, commandId).toBe(MAX_RETRIES + 1);
      else expect(tries, commandId).toBeLessThanOrEqual(MAX_RETRIES + 1);
    }
    expect(outcomes.size).toBe(HANDLERS * COMMANDS);
    // Every appended increment counted: no update lost between a read and the write that followed it.
    const total = events.reduce((sum, e) => sum + (e.type === 'Incremented' ? (e.data as { by: number }).by : 0), 0);
    expect(total).toBe(appended.length);
    expect(appended.length).toBeGreaterThan(HANDLERS * COMMANDS * 0.25);
  });
});
