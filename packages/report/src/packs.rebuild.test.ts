import { fc, it } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type AsOf,
  createProjectionRunner,
  type EventRegistry,
  inMemoryCheckpoints,
  type RecordedEvent,
  readHistory,
  replay,
} from '@mgmt-review/eventsourcing';
import { createHistoryWriter, historySteps } from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { agendaPackOf, minutesPackOf, type PackState, packProjection } from './index.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
const DAY = 86_400_000;

/** Every pack of every review, as data (the charts' rows included), on one day. */
const packsOn = (state: PackState, now: string) =>
  [...state.views.reviews.keys()].sort().map((reviewId) => ({
    agenda: agendaPackOf(state, { reviewId, now }),
    minutes: minutesPackOf(state, { reviewId, now }),
  }));

/** The two states agree: their dossiers, and every pack they give some days after `at`. */
const expectSamePacks = (actual: PackState, expected: PackState, at: string, laterDays: number) => {
  expect(actual.dossiers).toEqual(expected.dossiers);
  const now = new Date(Date.parse(at) + laterDays * DAY).toISOString();
  expect(packsOn(actual, now)).toEqual(packsOn(expected, now));
};

/** The pack state a checkpointed runner reaches over what the store holds, resuming from `checkpoints`. */
const runOnce = async (
  store: ReturnType<typeof createHistoryWriter>['tenant'],
  checkpoints: ReturnType<typeof inMemoryCheckpoints<PackState>>,
) => {
  const runner = createProjectionRunner({ store, registry, projection: packProjection, checkpoints });
  await runner.start();
  const state = await runner.whenCaughtUp();
  await runner.stop();
  return state;
};

/** The moment of an event, in each of the three ways "as of" is asked. */
const momentsOf = (last: RecordedEvent<ManagementReviewEvent> | undefined) => {
  const recordedAt = last?.metadata.recordedAt ?? '2026-01-01T00:00:00.000Z';
  const moments: Record<'recordedAt' | 'occurredAt' | 'position', AsOf> = {
    recordedAt: { recordedAt },
    occurredAt: { occurredAt: last?.metadata.occurredAt ?? recordedAt },
    position: { position: last?.globalPosition ?? 0n },
  };
  return { recordedAt, moments };
};

describe('pack projection', () => {
  it.prop([historySteps(), historySteps(), fc.nat(400)], { numRuns: 25 })(
    'rebuilding from position 0 gives the same packs as updating incrementally from a checkpoint',
    async (before, after, laterDays) => {
      const writer = createHistoryWriter();
      const checkpoints = inMemoryCheckpoints<PackState>();
      await writer.write(before);
      await runOnce(writer.tenant, checkpoints);
      await writer.write(after);
      const incremental = await runOnce(writer.tenant, checkpoints);
      expectSamePacks(incremental, await replay(writer.tenant, registry, packProjection), writer.lastAt, laterDays);
    },
  );

  it.prop([historySteps(), historySteps(), fc.nat(400), fc.constantFrom('recordedAt', 'occurredAt', 'position')], {
    numRuns: 25,
  })(
    'the packs as of a moment T (recorded by, effective at, or a position) equal the packs of the history written up to T',
    async (before, after, laterDays, kind) => {
      const [whole, upTo] = [createHistoryWriter(), createHistoryWriter()];
      await whole.write(before);
      await upTo.write(before);
      let last: RecordedEvent<ManagementReviewEvent> | undefined;
      for await (const event of readHistory(whole.tenant, registry)) last = event;
      const { recordedAt, moments } = momentsOf(last);
      await whole.write(after);
      const asOf = await replay(whole.tenant, registry, packProjection, { asOf: moments[kind] });
      expectSamePacks(asOf, await replay(upTo.tenant, registry, packProjection), recordedAt, laterDays);
    },
  );
});
