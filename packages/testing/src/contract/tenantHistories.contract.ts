import {
  createCommandHandler,
  type ExpectedVersion,
  type NewEvent,
  type StoredEvent,
  type TenantEventStore,
  verifyHistory,
  verifyStream,
} from '@mgmt-review/eventsourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns, type StoreFixture } from './harness.js';
import { readEverything } from './results.js';
import {
  contractActor,
  contractOccurredAt,
  contractRegistry,
  counted,
  type TallyCommand,
  tallyDecider,
} from './testEvents.js';

/**
 * Two tenants of one store run the same history — appends in every expected-version mode with event
 * ids from a small shared pool, retries, commands through the command handler, reads — under the
 * same stream ids and event ids, step by step in either order or at once. Since a stream is
 * identified by (tenant, stream id) and event ids are unique per tenant, each tenant must get the
 * answers it would get alone: the same for both but for what the store itself chooses (positions,
 * generated ids, `recordedAt` and so hashes), and nothing that names the other tenant.
 */

const TENANTS = ['tenant-north', 'tenant-south'] as const;
const STREAMS = ['tally-1', 'tally-2', 'tally-3'] as const;

type Step =
  | {
      readonly kind: 'append';
      readonly stream: number;
      readonly events: readonly { readonly by: number; readonly id: number | undefined }[];
      readonly expectedVersion: ExpectedVersion;
    }
  | { readonly kind: 'retry' }
  | { readonly kind: 'command'; readonly stream: number; readonly command: TallyCommand; readonly commandId: number }
  | { readonly kind: 'read'; readonly stream: number; readonly backwards: boolean };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('append' as const),
    stream: fc.nat(STREAMS.length - 1),
    events: fc.array(fc.record({ by: fc.integer({ min: -3, max: 3 }), id: fc.option(fc.nat(4), { nil: undefined }) }), {
      maxLength: 3,
    }),
    expectedVersion: fc.oneof(
      fc.constantFrom<ExpectedVersion>('any', 'no-stream', 'stream-exists'),
      fc.integer({ min: 0, max: 4 }),
    ),
  }),
  fc.constant({ kind: 'retry' as const }),
  fc.record({
    kind: fc.constant('command' as const),
    stream: fc.nat(STREAMS.length - 1),
    command: fc.oneof(
      fc.constant<TallyCommand>({ type: 'Count' }),
      fc.constant<TallyCommand>({ type: 'Open', name: 'tally' }),
    ),
    commandId: fc.nat(5),
  }),
  fc.record({ kind: fc.constant('read' as const), stream: fc.nat(STREAMS.length - 1), backwards: fc.boolean() }),
);

const historyArb = fc.array(
  fc.record({ step: stepArb, order: fc.constantFrom('north first', 'south first', 'at once') }),
  { minLength: 1, maxLength: 14 },
);

/** An event as a tenant would see it alone: without what the store chose (position, ids it made, time, hashes). */
const alone = (event: StoredEvent) => ({
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  type: event.type,
  data: event.data,
  eventId: event.eventId.startsWith('evt-') ? event.eventId : 'generated',
  actor: event.metadata.actor,
  occurredAt: event.metadata.occurredAt,
  commandId: event.metadata.commandId.startsWith('cmd-') ? event.metadata.commandId : 'generated',
});

/** An answer as a tenant would see it alone: events as `alone` shows them, positions dropped. */
const aloneAnswer = (answer: unknown): unknown => {
  if (Array.isArray(answer)) return answer.map(aloneAnswer);
  if (typeof answer !== 'object' || answer === null) return answer;
  if ('hash' in answer && 'streamVersion' in answer) return alone(answer as StoredEvent);
  return Object.fromEntries(
    Object.entries(answer)
      .filter(([key]) => key !== 'globalPosition')
      .map(([key, value]) => [key, aloneAnswer(value)]),
  );
};

const asText = (answer: unknown): string =>
  JSON.stringify(answer, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));

/** One tenant running the history: what it was answered at each step. */
const runner = (store: TenantEventStore) => {
  const handle = createCommandHandler({ store, registry: contractRegistry, decider: tallyDecider });
  let lastAppend: { streamId: string; events: NewEvent[]; expectedVersion: ExpectedVersion } | undefined;
  const answers: unknown[] = [];
  const run = async (step: Step): Promise<void> => {
    switch (step.kind) {
      case 'append': {
        const events = step.events.map((e) => counted(e.by, e.id === undefined ? undefined : `evt-${e.id}`));
        lastAppend = { streamId: STREAMS[step.stream]!, events, expectedVersion: step.expectedVersion };
        answers.push(await store.append(lastAppend.streamId, events, { expectedVersion: step.expectedVersion }));
        return;
      }
      case 'retry':
        if (lastAppend === undefined) return;
        answers.push(
          await store.append(lastAppend.streamId, lastAppend.events, { expectedVersion: lastAppend.expectedVersion }),
        );
        return;
      case 'command':
        answers.push(
          await handle(STREAMS[step.stream]!, step.command, {
            commandId: `cmd-${step.commandId}`,
            actor: contractActor,
            occurredAt: contractOccurredAt,
          })(),
        );
        return;
      case 'read':
        answers.push(
          await store.readStream(STREAMS[step.stream]!, { direction: step.backwards ? 'backwards' : 'forwards' }),
        );
    }
  };
  return { run, answers };
};

/** What a tenant holds at the end: its history, every stream, its head; each chain verified. */
const holdings = async (store: TenantEventStore) => {
  const history = (await readEverything(store, { batchSize: 4 })).events;
  const verified = await verifyHistory([history]);
  expect(verified, verified.ok ? '' : verified.break.message).toMatchObject({ ok: true });
  expect(history.every((event) => event.tenantId === store.tenantId)).toBe(true);
  expect(await store.headPosition()).toBe(history.at(-1)?.globalPosition ?? 0n);
  const streams: unknown[] = [];
  for (const streamId of STREAMS) {
    const read = await store.readStream(streamId);
    expect(read._tag).toBe('Right');
    if (read._tag === 'Right') expect(verifyStream(read.right)).toMatchObject({ ok: true });
    streams.push(read);
  }
  return { history, streams };
};

export const tenantHistoriesContract = (stores: StoreFixture) =>
  describe('tenants running the same histories', () => {
    it('each of two tenants with the same stream ids and event ids sees exactly its own history, versions and chain, and nothing that names the other', async () => {
      await fc.assert(
        fc.asyncProperty(historyArb, async (history) => {
          const shared = await stores.fresh();
          try {
            const [north, south] = TENANTS.map((tenantId) => shared.forTenant(tenantId));
            const runners = [runner(north!), runner(south!)] as const;
            for (const { step, order } of history) {
              if (order === 'at once') await Promise.all(runners.map((r) => r.run(step)));
              else if (order === 'north first') for (const r of runners) await r.run(step);
              else for (const r of [...runners].reverse()) await r.run(step);
            }
            const held = [await holdings(north!), await holdings(south!)];
            expect(aloneAnswer(runners[1].answers)).toEqual(aloneAnswer(runners[0].answers));
            expect(aloneAnswer(held[1])).toEqual(aloneAnswer(held[0]));
            for (const [i, other] of [TENANTS[1], TENANTS[0]].entries()) {
              expect(asText([runners[i]!.answers, held[i]])).not.toContain(other);
            }
            if (held[0]!.history.length > 0) {
              expect([...(await shared.tenants())].sort()).toEqual([...TENANTS]);
            }
          } finally {
            await stores.close(shared);
          }
        }),
        { numRuns: propertyRuns(20) },
      );
    }, 180_000);
  });
