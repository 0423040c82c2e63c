import { createCommandHandler, type TenantEventStore } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import type { EventStoreContractOptions, StoreFixture } from './harness.js';
import { rightOf } from './results.js';
import { contractActor, contractOccurredAt, contractRegistry, counted, tallyDecider } from './testEvents.js';

const WRITERS = 8;
const COUNTS_PER_WRITER = 12;
const HOT_STREAMS = ['tally-hot1', 'tally-hot2'] as const;

const countAll = async (store: TenantEventStore, writer: number) => {
  const handle = createCommandHandler({ store, registry: contractRegistry, decider: tallyDecider, maxRetries: 1_000 });
  const stream = HOT_STREAMS[writer % HOT_STREAMS.length]!;
  for (let i = 0; i < COUNTS_PER_WRITER; i++) {
    const context = { commandId: `count-${writer}-${i}`, actor: contractActor, occurredAt: contractOccurredAt };
    rightOf(await handle(stream, { type: 'Count' }, context)());
  }
};

/** Writers racing on the same streams never lose an update. */
export const concurrencyContract = (stores: StoreFixture, options: EventStoreContractOptions) =>
  describe('concurrent writers', () => {
    const skip = options.concurrencySkipReason;
    const title = (what: string) => (skip === undefined ? what : `${what} (skipped: ${skip})`);

    it.skipIf(skip !== undefined)(
      title(`${WRITERS} writers on ${HOT_STREAMS.length} hot streams lose no update`),
      async () => {
        const shared = await stores.fresh();
        const store = shared.forTenant('tenant-a');
        const open = createCommandHandler({ store, registry: contractRegistry, decider: tallyDecider });
        for (const stream of HOT_STREAMS) {
          rightOf(
            await open(
              stream,
              { type: 'Open', name: stream },
              { commandId: `open-${stream}`, actor: contractActor, occurredAt: contractOccurredAt },
            )(),
          );
        }
        // Each writer gets its own tenant view, as separate request handlers would.
        await Promise.all(Array.from({ length: WRITERS }, (_, w) => countAll(shared.forTenant('tenant-a'), w)));
        const perStream = (WRITERS / HOT_STREAMS.length) * COUNTS_PER_WRITER;
        for (const stream of HOT_STREAMS) {
          const events = rightOf(await store.readStream(stream));
          expect(events.length).toBe(perStream + 1);
          expect(events.map((e) => e.streamVersion)).toEqual(Array.from({ length: perStream + 1 }, (_, i) => i + 1));
          expect(new Set(events.map((e) => e.metadata.commandId)).size).toBe(perStream + 1);
        }
      },
    );

    it.skipIf(skip !== undefined)(
      title(`of ${WRITERS} writers expecting the same version, exactly one wins`),
      async () => {
        const shared = await stores.fresh();
        rightOf(await shared.forTenant('tenant-a').append('tally-race', [counted(0)]));
        const results = await Promise.all(
          Array.from({ length: WRITERS }, (_, w) =>
            shared.forTenant('tenant-a').append('tally-race', [counted(w)], { expectedVersion: 1 }),
          ),
        );
        const won = results.filter((r) => r._tag === 'Right');
        const lost = results.filter((r) => r._tag === 'Left');
        expect(won.length).toBe(1);
        expect(lost.map((r) => r._tag === 'Left' && r.left._tag)).toEqual(Array(WRITERS - 1).fill('VersionConflict'));
        expect(rightOf(await shared.forTenant('tenant-a').readStream('tally-race')).length).toBe(2);
      },
    );
  });
