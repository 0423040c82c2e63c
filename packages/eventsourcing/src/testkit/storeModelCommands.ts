import { deepStrictEqual, fail } from 'node:assert/strict';
import type * as FastCheck from 'fast-check';
import { type Either, isLeft, isRight } from 'fp-ts/lib/Either.js';
import { v7 as uuidv7 } from 'uuid';
import type { NewEvent, StoredEvent } from '../envelope.js';
import type { StoreError } from '../errors.js';
import type { AppendResult } from '../eventStore.js';
import { checkExpectedVersion, describeExpected, type ExpectedVersion } from '../expectedVersion.js';
import { verifyStream } from '../verify.js';
import {
  acknowledge,
  eventsAfter,
  ownerOf,
  positionBefore,
  STREAMS,
  type StoreModel,
  type StoreUnderTest,
  TENANTS,
  versionOf,
} from './storeModelState.js';

/** The fast-check module, as `import fc from 'fast-check'` or `import * as fc from 'fast-check'` gives it. */
export type FastCheckModule = Omit<typeof FastCheck, 'default'>;
type Fc = FastCheckModule;
export type StoreCommand = FastCheck.AsyncCommand<StoreModel, StoreUnderTest>;

/** How an append states its expectation; `exact-other` is an exact version the stream is not at. */
type Mode = 'exact-current' | 'exact-other' | 'no-stream' | 'stream-exists' | 'any';

const expectedFor = (mode: Mode, current: number, offset: number): ExpectedVersion => {
  switch (mode) {
    case 'exact-current':
      return current === 0 ? 'no-stream' : current;
    case 'exact-other':
      return current + offset >= 1 ? current + offset : current + Math.abs(offset);
    default:
      return mode;
  }
};

const actor = { id: 'model-user', role: 'model-role' } as const;
const occurredAt = '2026-01-01T00:00:00.000Z';

const newEvents = (model: StoreModel, texts: readonly string[]): NewEvent[] =>
  texts.map((text) => ({
    type: 'ModelNoted',
    data: { text, n: model.notes++ },
    eventId: uuidv7(),
    metadata: { actor, occurredAt },
  }));

const expectError = <A>(result: Either<StoreError, A>, expected: Partial<StoreError>, what: string) => {
  if (isRight(result)) fail(`${what}: expected ${expected._tag}, but it succeeded`);
  const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, (result.left as never)[key]]));
  deepStrictEqual(actual, expected, `${what}: ${result.left.message}`);
};

const expectAppended = (
  result: Either<StoreError, AppendResult>,
  sent: readonly NewEvent[],
  version: number,
  what: string,
): readonly StoredEvent[] => {
  if (isLeft(result)) fail(`${what}: expected success, got ${result.left._tag}: ${result.left.message}`);
  deepStrictEqual(
    {
      duplicate: result.right.duplicate,
      streamVersion: result.right.streamVersion,
      events: result.right.events.map((e) => ({ eventId: e.eventId, type: e.type, data: e.data })),
    },
    {
      duplicate: false,
      streamVersion: version + sent.length,
      events: sent.map((e) => ({ eventId: e.eventId, type: e.type, data: e.data })),
    },
    what,
  );
  deepStrictEqual(result.right.globalPosition, result.right.events.at(-1)?.globalPosition, `${what}: globalPosition`);
  return result.right.events;
};

const modes: Mode[] = ['exact-current', 'exact-other', 'no-stream', 'stream-exists', 'any'];

const textArb = (fc: Fc) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'z', ' ', 'é', '€', '😀', '"', '\\'), maxLength: 6 });

/** An append with one of the four expected-version modes, by either tenant, to any stream. */
const append = (fc: Fc) =>
  fc
    .record({
      tenant: fc.nat(TENANTS - 1),
      stream: fc.nat(STREAMS - 1),
      mode: fc.constantFrom(...modes),
      offset: fc.constantFrom(-2, -1, 1, 2),
      texts: fc.array(textArb(fc), { minLength: 1, maxLength: 3 }),
    })
    .map(
      (c): StoreCommand => ({
        check: () => true,
        toString: () =>
          `append(t${c.tenant}, s${c.stream}, ${c.mode}${c.mode === 'exact-other' ? c.offset : ''}, ${c.texts.length})`,
        run: async (m, r) => {
          const streamId = r.streamIds[c.stream]!;
          const current = versionOf(m, streamId);
          const owner = ownerOf(m, streamId);
          const expectedVersion = expectedFor(c.mode, current, c.offset);
          const events = newEvents(m, c.texts);
          const result = await r.tenants[c.tenant]!.append(streamId, events, { expectedVersion });
          if (owner !== undefined && owner !== c.tenant) {
            return expectError(result, { _tag: 'ForeignStream', streamId }, "append to another tenant's stream");
          }
          if (isLeft(checkExpectedVersion(streamId, expectedVersion, current))) {
            return expectError(
              result,
              { _tag: 'VersionConflict', streamId, expected: describeExpected(expectedVersion), actual: current },
              'append at a wrong expected version',
            );
          }
          const stored = expectAppended(result, events, current, 'append');
          acknowledge(m, c.tenant, streamId, stored);
          m.lastAppend = { tenant: c.tenant, streamId, events, expectedVersion, stored };
        },
      }),
    );

/** The last successful append sent again with the same event ids: written once, answered with the stored events. */
const retryLastAppend = (fc: Fc) =>
  fc.constant<StoreCommand>({
    check: (m) => m.lastAppend !== undefined,
    toString: () => 'retryLastAppend',
    run: async (m, r) => {
      const last = m.lastAppend!;
      const result = await r.tenants[last.tenant]!.append(last.streamId, last.events, {
        expectedVersion: last.expectedVersion,
      });
      if (isLeft(result)) fail(`a retried append failed: ${result.left._tag}: ${result.left.message}`);
      deepStrictEqual(
        { duplicate: result.right.duplicate, streamVersion: result.right.streamVersion, events: result.right.events },
        { duplicate: true, streamVersion: versionOf(m, last.streamId), events: last.stored },
        'a retried append returns the events stored the first time',
      );
    },
  });

/** An append that reuses an event id stored in another stream: `DuplicateEventId`, nothing written. */
const reuseEventId = (fc: Fc) =>
  fc.record({ pick: fc.nat(1000), stream: fc.nat(STREAMS - 1), tenant: fc.nat(TENANTS - 1), fresh: fc.boolean() }).map(
    (c): StoreCommand => ({
      check: (m) => m.streams.size > 0,
      toString: () => `reuseEventId(#${c.pick}, s${c.stream}, fresh first: ${c.fresh})`,
      run: async (m, r) => {
        const all = m.tenantEvents.flat();
        const reused = all[c.pick % all.length]!;
        let target = r.streamIds[c.stream]!;
        if (target === reused.streamId) target = r.streamIds[(c.stream + 1) % STREAMS]!;
        const tenant = ownerOf(m, target) ?? c.tenant;
        const [fresh] = newEvents(m, ['fresh']);
        const again: NewEvent = { ...fresh!, eventId: reused.eventId };
        const events = c.fresh ? [fresh!, again] : [again];
        const result = await r.tenants[tenant]!.append(target, events);
        expectError(result, { _tag: 'DuplicateEventId', eventId: reused.eventId }, 'append reusing an event id');
      },
    }),
  );

/** The model's answer to a stream read, written independently of the stores' shared helper. */
const selectModel = (
  events: readonly StoredEvent[],
  o: { direction: 'forwards' | 'backwards'; from?: number; to?: number; maxCount?: number },
) => {
  const n = events.length;
  const chosen =
    o.direction === 'forwards'
      ? events.filter((e) => e.streamVersion >= (o.from ?? 1) && e.streamVersion <= (o.to ?? n))
      : [...events].reverse().filter((e) => e.streamVersion <= (o.from ?? n) && e.streamVersion >= (o.to ?? 1));
  return chosen.slice(0, o.maxCount ?? n);
};

/** A read of one stream, forwards or backwards, with an optional range and count. */
const readStream = (fc: Fc) =>
  fc
    .record({
      tenant: fc.nat(TENANTS - 1),
      stream: fc.nat(STREAMS - 1),
      direction: fc.constantFrom<'forwards' | 'backwards'>('forwards', 'backwards'),
      from: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      maxCount: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    })
    .map(
      (c): StoreCommand => ({
        check: () => true,
        toString: () => `readStream(${JSON.stringify(c)})`,
        run: async (m, r) => {
          const streamId = r.streamIds[c.stream]!;
          const owner = ownerOf(m, streamId);
          const options = { direction: c.direction, from: c.from, to: c.to, maxCount: c.maxCount };
          const result = await r.tenants[c.tenant]!.readStream(streamId, options);
          if (owner !== undefined && owner !== c.tenant) {
            return expectError(result, { _tag: 'ForeignStream', streamId }, "read of another tenant's stream");
          }
          if (isLeft(result)) fail(`readStream failed: ${result.left._tag}: ${result.left.message}`);
          const stored = m.streams.get(streamId)?.events ?? [];
          deepStrictEqual(result.right, selectModel(stored, options), `readStream ${streamId}`);
          if (c.direction === 'forwards' && c.from === undefined && c.to === undefined && c.maxCount === undefined) {
            const verified = verifyStream(result.right);
            if (!verified.ok) fail(`a stream as written fails verification: ${verified.break.message}`);
          }
        },
      }),
    );

/** A read of a tenant's whole history after a position, in batches. */
const readAll = (fc: Fc) =>
  fc.record({ tenant: fc.nat(TENANTS - 1), start: fc.nat(12), batchSize: fc.integer({ min: 1, max: 4 }) }).map(
    (c): StoreCommand => ({
      check: () => true,
      toString: () => `readAll(t${c.tenant}, after #${c.start}, batches of ${c.batchSize})`,
      run: async (m, r) => {
        const after = positionBefore(m, c.tenant, c.start);
        const read: StoredEvent[] = [];
        for await (const batch of r.tenants[c.tenant]!.readAll({ after, batchSize: c.batchSize })) {
          if (batch.length === 0 || batch.length > c.batchSize) fail(`readAll yielded a batch of ${batch.length}`);
          read.push(...batch);
        }
        deepStrictEqual(read, eventsAfter(m, c.tenant, after), `readAll of tenant ${c.tenant} after ${after}`);
      },
    }),
  );

/** A subscription from a position, kept open for the rest of the run. */
const subscribe = (fc: Fc) =>
  fc.record({ tenant: fc.nat(TENANTS - 1), start: fc.nat(12) }).map(
    (c): StoreCommand => ({
      check: (m) => m.subscriptions < 4,
      toString: () => `subscribe(t${c.tenant}, after #${c.start})`,
      run: async (m, r) => {
        const after = positionBefore(m, c.tenant, c.start);
        const received: StoredEvent[] = [];
        const watch = { tenant: c.tenant, after, received, failure: undefined as unknown };
        const subscription = r.tenants[c.tenant]!.subscribe({ after }).subscribe({
          next: (event) => received.push(event),
          error: (error: unknown) => {
            watch.failure = error;
          },
        });
        r.watches.push(Object.assign(watch, { subscription }));
        m.subscriptions += 1;
      },
    }),
  );

/**
 * Several appends by one tenant started at once, each expecting the version the model knows (or
 * `any`). Committed in some order: each success must have met its expectation at its commit (no lost
 * update), and each conflict must be explained by another success on the same stream.
 */
const race = (fc: Fc) =>
  fc
    .record({
      tenant: fc.nat(TENANTS - 1),
      entries: fc.array(
        fc.record({
          stream: fc.nat(STREAMS - 1),
          mode: fc.constantFrom<Mode>('exact-current', 'any'),
          texts: fc.array(textArb(fc), { minLength: 1, maxLength: 2 }),
        }),
        { minLength: 2, maxLength: 4 },
      ),
    })
    .map(
      (c): StoreCommand => ({
        check: () => true,
        toString: () =>
          `race(t${c.tenant}: ${c.entries.map((e) => `s${e.stream} ${e.mode} ×${e.texts.length}`).join(', ')})`,
        run: async (m, r) => {
          const store = r.tenants[c.tenant]!;
          const attempts = c.entries.map((entry) => {
            const streamId = r.streamIds[entry.stream]!;
            const expectedVersion = expectedFor(entry.mode, versionOf(m, streamId), 0);
            const owner = ownerOf(m, streamId);
            return {
              streamId,
              expectedVersion,
              foreign: owner !== undefined && owner !== c.tenant,
              events: newEvents(m, entry.texts),
            };
          });
          const results = await Promise.all(
            attempts.map((a) => store.append(a.streamId, a.events, { expectedVersion: a.expectedVersion })),
          );
          const successes: { attempt: (typeof attempts)[number]; result: AppendResult }[] = [];
          results.forEach((result, i) => {
            const attempt = attempts[i]!;
            if (attempt.foreign) {
              expectError(result, { _tag: 'ForeignStream', streamId: attempt.streamId }, 'racing foreign append');
            } else if (isRight(result)) {
              successes.push({ attempt, result: result.right });
            }
          });
          successes.sort((a, b) => (a.result.events[0]!.globalPosition < b.result.events[0]!.globalPosition ? -1 : 1));
          for (const { attempt, result } of successes) {
            const current = versionOf(m, attempt.streamId);
            const met = checkExpectedVersion(attempt.streamId, attempt.expectedVersion, current);
            if (isLeft(met))
              fail(
                `lost update: an append expecting ${describeExpected(attempt.expectedVersion)} committed at ${current}`,
              );
            const stored = expectAppended({ _tag: 'Right', right: result }, attempt.events, current, 'racing append');
            acknowledge(m, c.tenant, attempt.streamId, stored);
          }
          results.forEach((result, i) => {
            const attempt = attempts[i]!;
            if (attempt.foreign || isRight(result)) return;
            if (result.left._tag !== 'VersionConflict') fail(`racing append failed: ${result.left.message}`);
            const explained =
              typeof attempt.expectedVersion === 'number' || attempt.expectedVersion === 'no-stream'
                ? successes.some((s) => s.attempt.streamId === attempt.streamId)
                : false;
            if (!explained) fail(`a conflict no other append explains: ${result.left.message}`);
          });
        },
      }),
    );

/** Every subscription has so far received a prefix of what it must receive: nothing twice, nothing out of order. */
export const checkWatches = (m: StoreModel, r: StoreUnderTest) => {
  for (const watch of r.watches) {
    if (watch.failure !== undefined) fail(`a subscription failed: ${String(watch.failure)}`);
    const expected = eventsAfter(m, watch.tenant, watch.after);
    deepStrictEqual(
      watch.received.map((e) => e.eventId),
      expected.slice(0, watch.received.length).map((e) => e.eventId),
      `subscription of tenant ${watch.tenant} after ${watch.after} delivered out of order or twice`,
    );
  }
};

const checkingWatches = (command: StoreCommand): StoreCommand => ({
  check: (m) => command.check(m),
  toString: () => command.toString(),
  run: async (m, r) => {
    await command.run(m, r);
    checkWatches(m, r);
  },
});

/** The command arbitraries of the store model. */
export const storeCommands = (fc: Fc) =>
  [
    append(fc),
    append(fc),
    retryLastAppend(fc),
    reuseEventId(fc),
    readStream(fc),
    readAll(fc),
    subscribe(fc),
    race(fc),
  ].map((arb) => arb.map(checkingWatches));
