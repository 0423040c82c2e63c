import { deepStrictEqual, fail } from 'node:assert/strict';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import type { NewEvent } from '../envelope.js';
import type { AppendResult } from '../eventStore.js';
import { checkExpectedVersion, describeExpected } from '../expectedVersion.js';
import { acknowledge, STREAMS, TENANTS, versionOf } from './storeModelState.js';
import {
  expectAppended,
  expectError,
  expectedFor,
  type Fc,
  type Mode,
  modes,
  newEvents,
  type StoreCommand,
  textArb,
} from './storeModelSupport.js';

/** The writes of the store model: appends in every mode, retries, reused ids, and racing appends. */

/** An append with one of the four expected-version modes, by either tenant, to any stream. */
export const append = (fc: Fc) =>
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
          const current = versionOf(m, c.tenant, streamId);
          const expectedVersion = expectedFor(c.mode, current, c.offset);
          const events = newEvents(m, c.texts);
          const result = await r.tenants[c.tenant]!.append(streamId, events, { expectedVersion });
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
export const retryLastAppend = (fc: Fc) =>
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
        { duplicate: true, streamVersion: versionOf(m, last.tenant, last.streamId), events: last.stored },
        'a retried append returns the events stored the first time',
      );
    },
  });

/**
 * An event id already stored, sent again outside a retry. By the tenant that stored it, to another
 * of its streams: `DuplicateEventId`, nothing written. By the other tenant, which has no event of
 * that id yet: a new event of its own (event ids are unique per tenant).
 */
export const reuseEventId = (fc: Fc) =>
  fc.record({ pick: fc.nat(1000), stream: fc.nat(STREAMS - 1), across: fc.boolean(), fresh: fc.boolean() }).map(
    (c): StoreCommand => ({
      check: (m) => m.streams.size > 0,
      toString: () =>
        `reuseEventId(#${c.pick}, s${c.stream}, ${c.across ? 'other tenant' : 'same tenant'}, fresh first: ${c.fresh})`,
      run: async (m, r) => {
        const all = m.tenantEvents.flat();
        const reused = all[c.pick % all.length]!;
        const owner = m.tenantIds.indexOf(reused.tenantId);
        const other = (owner + 1) % TENANTS;
        const [fresh] = newEvents(m, ['fresh']);
        const again: NewEvent = { ...fresh!, eventId: reused.eventId };
        const events = c.fresh ? [fresh!, again] : [again];
        if (c.across && !m.tenantEvents[other]!.some((e) => e.eventId === reused.eventId)) {
          const target = r.streamIds[c.stream]!;
          const result = await r.tenants[other]!.append(target, events);
          const current = versionOf(m, other, target);
          acknowledge(m, other, target, expectAppended(result, events, current, "append reusing another tenant's id"));
          return;
        }
        let target = r.streamIds[c.stream]!;
        if (target === reused.streamId) target = r.streamIds[(c.stream + 1) % STREAMS]!;
        const result = await r.tenants[owner]!.append(target, events);
        expectError(result, { _tag: 'DuplicateEventId', eventId: reused.eventId }, 'append reusing an event id');
      },
    }),
  );

/**
 * Several appends by one tenant started at once, each expecting the version the model knows (or
 * `any`). Committed in some order: each success must have met its expectation at its commit (no lost
 * update), and each conflict must be explained by another success on the same stream.
 */
export const race = (fc: Fc) =>
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
            const expectedVersion = expectedFor(entry.mode, versionOf(m, c.tenant, streamId), 0);
            return { streamId, expectedVersion, events: newEvents(m, entry.texts) };
          });
          const results = await Promise.all(
            attempts.map((a) => store.append(a.streamId, a.events, { expectedVersion: a.expectedVersion })),
          );
          const successes: { attempt: (typeof attempts)[number]; result: AppendResult }[] = [];
          results.forEach((result, i) => {
            if (isRight(result)) successes.push({ attempt: attempts[i]!, result: result.right });
          });
          successes.sort((a, b) => (a.result.events[0]!.globalPosition < b.result.events[0]!.globalPosition ? -1 : 1));
          for (const { attempt, result } of successes) {
            const current = versionOf(m, c.tenant, attempt.streamId);
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
            if (isRight(result)) return;
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
