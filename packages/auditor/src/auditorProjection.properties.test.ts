import { fc, test } from '@fast-check/vitest';
import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import { storySteps } from '@mgmt-review/demo';
import {
  type AsOf,
  createProjectionRunner,
  type EventRegistry,
  foldProjection,
  inMemoryCheckpoints,
  type RecordedEvent,
  readHistory,
  replay,
} from '@mgmt-review/eventsourcing';
import { propertyRuns } from '@mgmt-review/eventsourcing/testing';
import {
  createHistoryWriter,
  historySteps,
  randomStory,
  storyStore as storeFor,
  storyTenant as TENANT,
  writeStory,
} from '@mgmt-review/testing';
import { describe, expect } from 'vitest';
import { answerAll, askAuditor } from './ask.js';
import { auditorProjection } from './projection.js';
import type { AuditorState } from './state.js';

const registry = domainRegistry as EventRegistry<ManagementReviewEvent>;
/** A fraction of a span, spread evenly (no bias towards the ends). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => n / 1000);
const runs = { numRuns: 40 };

/** A day between `from` and `to` (ISO instants), late in the evening, when the story has no event. */
const dayBetween = (from: string, to: string, fraction: number): string => {
  const ms = Date.parse(from) + fraction * (Date.parse(to) - Date.parse(from));
  return `${new Date(ms).toISOString().slice(0, 10)}T23:59:30.000Z`;
};

describe('the auditor projection over random valid histories', () => {
  test.prop([randomStory(), fraction], runs)(
    'rebuilding from position 0 equals updating incrementally from a checkpoint',
    async (story, split) => {
      const target = storeFor(story);
      const tenant = target.store.forTenant(TENANT);
      const steps = storySteps(story.plans, story.end).length;
      const cut = Math.floor(split * steps);
      const checkpoints = inMemoryCheckpoints<AuditorState>();
      await writeStory(target, story, { to: cut });
      const first = createProjectionRunner({ store: tenant, registry, projection: auditorProjection, checkpoints });
      await first.start();
      await first.whenCaughtUp();
      await first.stop();
      await writeStory(target, story, { from: cut });
      const second = createProjectionRunner({ store: tenant, registry, projection: auditorProjection, checkpoints });
      await second.start();
      const incremental = await second.whenCaughtUp();
      await second.stop();
      const rebuilt = await replay(tenant, registry, auditorProjection);
      expect(incremental).toEqual(rebuilt);
      expect(answerAll(incremental, story.end)).toEqual(answerAll(rebuilt, story.end));
    },
  );

  test.prop([randomStory(), fraction], runs)(
    'the answer as of a time T equals the answer over the history cut at T',
    async (story, fraction) => {
      const moment = dayBetween(story.start, story.end, fraction);
      const whole = storeFor(story);
      await writeStory(whole, story);
      const cut = storeFor(story);
      await writeStory(cut, story, { end: moment });
      const asRecorded = await askAuditor(whole.store.forTenant(TENANT), 'all', { asOf: { recordedAt: moment } });
      const asHappened = await askAuditor(whole.store.forTenant(TENANT), 'all', { asOf: { occurredAt: moment } });
      const overCut = await askAuditor(cut.store.forTenant(TENANT), 'all', { now: moment });
      expect(asRecorded).toEqual(overCut);
      expect(asHappened).toEqual(overCut);
    },
  );

  test.prop([randomStory(), fraction], runs)(
    'the state as of a global position equals the fold of the events up to it',
    async (story, fraction) => {
      const target = storeFor(story);
      await writeStory(target, story);
      const tenant = target.store.forTenant(TENANT);
      const events: RecordedEvent<ManagementReviewEvent>[] = [];
      for await (const event of readHistory(tenant, registry)) events.push(event);
      const index = Math.floor(fraction * events.length);
      const position = index === 0 ? 0n : events[index - 1]!.globalPosition;
      const asOf = await replay(tenant, registry, auditorProjection, { asOf: { position } });
      expect(asOf).toEqual(foldProjection(auditorProjection, events.slice(0, index)));
    },
  );
});

describe('the auditor projection over random histories of every aggregate, the records a review rests on among them', () => {
  const historyRuns = { numRuns: propertyRuns(15) };

  test.prop([historySteps(), historySteps()], historyRuns)(
    'rebuilding from position 0 equals updating incrementally from a checkpoint, and so do the answers',
    async (before, after) => {
      const writer = createHistoryWriter();
      const checkpoints = inMemoryCheckpoints<AuditorState>();
      const runner = () =>
        createProjectionRunner({ store: writer.tenant, registry, projection: auditorProjection, checkpoints });
      await writer.write(before);
      const first = runner();
      await first.start();
      await first.whenCaughtUp();
      await first.stop();
      await writer.write(after);
      const second = runner();
      await second.start();
      const incremental = await second.whenCaughtUp();
      await second.stop();
      const rebuilt = await replay(writer.tenant, registry, auditorProjection);
      expect(incremental).toEqual(rebuilt);
      expect(answerAll(incremental, writer.lastAt)).toEqual(answerAll(rebuilt, writer.lastAt));
    },
  );

  test.prop([historySteps(), historySteps(), fc.constantFrom('recordedAt', 'occurredAt', 'position')], historyRuns)(
    'the state and the answers as of a moment T (recorded by, effective at, or a position) equal those of the history written up to T',
    async (before, after, kind) => {
      const full = createHistoryWriter();
      await full.write(before);
      const events: RecordedEvent<ManagementReviewEvent>[] = [];
      for await (const event of readHistory(full.tenant, registry)) events.push(event);
      const last = events.at(-1);
      const t = last?.metadata.recordedAt ?? '2026-01-01T00:00:00.000Z';
      const asOf: AsOf =
        kind === 'recordedAt'
          ? { recordedAt: t }
          : kind === 'occurredAt'
            ? { occurredAt: last?.metadata.occurredAt ?? t }
            : { position: last?.globalPosition ?? 0n };
      await full.write(after);
      const truncated = createHistoryWriter();
      await truncated.write(before);
      const atT = await replay(full.tenant, registry, auditorProjection, { asOf });
      const upToT = await replay(truncated.tenant, registry, auditorProjection);
      expect(atT).toEqual(upToT);
      expect(answerAll(atT, t)).toEqual(answerAll(upToT, t));
    },
  );
});
