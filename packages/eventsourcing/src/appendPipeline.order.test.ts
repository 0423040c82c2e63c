import { type Either, isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type AppendPlan, type CheckedAppend, checkAppend, planAppend, type StreamRead } from './appendPipeline.js';
import { sequentialIds, steppingClock } from './clock.js';
import type { NewEvent, StoredEvent } from './envelope.js';
import type { AppendError } from './errors.js';
import { atPosition, EMPTY_HEAD, type SealingDeps } from './sealing.js';
import { actor, at, counterRegistry } from './testing/counter.js';

const event = (type: string, data: unknown, eventId?: string): NewEvent =>
  eventId === undefined
    ? { type, data, metadata: { actor, occurredAt: at } }
    : { type, data, eventId, metadata: { actor, occurredAt: at } };
const opened = (eventId?: string) => event('Opened', { name: 'c' }, eventId);
const badIncrement = event('Incremented', { by: 'two', note: '' });

const deps = (): SealingDeps => ({ registry: counterRegistry, clock: steppingClock(at), ids: sequentialIds('id') });

/** A clock and id generator that fail the test if the pipeline reads them. */
const untouchable: SealingDeps = {
  registry: counterRegistry,
  clock: {
    now: () => {
      throw new Error('the clock was read');
    },
  },
  ids: {
    next: () => {
      throw new Error('an id was taken');
    },
  },
};

const checked = (events: readonly NewEvent[], expectedVersion?: unknown): CheckedAppend => {
  const result = checkAppend('acme', 'counter-1', events, { expectedVersion } as never);
  if (isLeft(result)) throw new Error(`expected a well-formed append, got ${result.left.message}`);
  return result.right;
};

const plan = (result: Either<AppendError, AppendPlan>): AppendPlan => {
  if (isLeft(result)) throw new Error(`expected a plan, got ${result.left._tag}: ${result.left.message}`);
  return result.right;
};

/** The events as a store would hold them after appending these to a new stream. */
const storedStream = (events: readonly NewEvent[]): StoredEvent[] => {
  const sealed = plan(planAppend(deps(), checked(events), { head: EMPTY_HEAD, found: new Map() }));
  if (sealed._tag !== 'Write') throw new Error('expected events to write');
  return sealed.events.map((e, i) => atPosition(e, BigInt(i + 1)));
};

const readOf = (stored: readonly StoredEvent[], found: readonly StoredEvent[] = []): StreamRead => {
  const last = stored.at(-1);
  return {
    head: last === undefined ? EMPTY_HEAD : { version: last.streamVersion, hash: last.hash },
    found: new Map(found.map((e) => [e.eventId, e])),
  };
};

describe('the append pipeline checks in one order, whatever the store', () => {
  it('checks the stream id first, then the expected version, then the events', () => {
    const all = checkAppend('acme', 'counter 1', 'not events', { expectedVersion: -1 as never });
    expect(isLeft(all) && all.left._tag).toBe('InvalidStreamId');
    const versionAndEvents = checkAppend('acme', 'counter-1', 'not events', { expectedVersion: 'latest' as never });
    expect(isLeft(versionAndEvents) && versionAndEvents.left).toMatchObject({
      _tag: 'InvalidInput',
      path: 'expectedVersion',
    });
    const events = checkAppend('acme', 'counter-1', [opened(), null], undefined);
    expect(isLeft(events) && events.left).toMatchObject({ _tag: 'InvalidInput', path: 'events.1' });
  });

  it('returns the event ids the writer chose, in append order, and none when it chose none', () => {
    expect(checked([opened('b'), opened(), opened('a')]).eventIds).toEqual(['b', 'a']);
    expect(checked([opened(), opened()]).eventIds).toEqual([]);
    const twice = checkAppend('acme', 'counter-1', [opened('a'), opened('b'), opened('a')], undefined);
    expect(isLeft(twice) && twice.left).toMatchObject({ _tag: 'DuplicateEventId', eventId: 'a' });
  });

  it('recognises a retry before it checks the expected version', () => {
    const sent = [opened('e-1'), opened('e-2')];
    const stored = storedStream(sent);
    const retried = plan(planAppend(untouchable, checked(sent, 'no-stream'), readOf(stored, stored)));
    expect(retried).toEqual({
      _tag: 'Retried',
      result: { events: stored, streamVersion: 2, globalPosition: 2n, duplicate: true },
    });
  });

  it('refuses a wrong expected version before it validates the payloads, reading no clock and taking no id', () => {
    const stored = storedStream([opened()]);
    const result = planAppend(untouchable, checked([badIncrement], 'no-stream'), readOf(stored));
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'VersionConflict', expected: 'no-stream', actual: 1 });
  });

  it('validates payloads at the version each event would have had', () => {
    const stored = storedStream([opened()]);
    const result = planAppend(
      deps(),
      checked([event('Incremented', { by: 1, note: '' }), badIncrement]),
      readOf(stored),
    );
    expect(isLeft(result) && result.left).toMatchObject({ _tag: 'InvalidEvent', streamVersion: 3, path: 'data.by' });
  });

  it('refuses an id stored in another stream, or stored beside new ones, as DuplicateEventId', () => {
    const elsewhere = { ...storedStream([opened('e-1')])[0]!, streamId: 'counter-2' };
    const moved = planAppend(untouchable, checked([opened('e-1')]), readOf([], [elsewhere]));
    expect(isLeft(moved) && moved.left).toMatchObject({ _tag: 'DuplicateEventId', eventId: 'e-1' });
    const indexed = planAppend(untouchable, checked([opened(), opened('e-9')]), { ...readOf([]), elsewhere: ['e-9'] });
    expect(isLeft(indexed) && indexed.left).toMatchObject({ _tag: 'DuplicateEventId', eventId: 'e-9' });
    const stored = storedStream([opened('e-1')]);
    const mixed = planAppend(untouchable, checked([opened('e-1'), opened('e-2')]), readOf(stored, stored));
    expect(isLeft(mixed) && mixed.left).toMatchObject({ _tag: 'DuplicateEventId', eventId: 'e-1' });
  });

  it('plans nothing to write for an empty append whose expectation holds, without reading the clock', () => {
    const stored = storedStream([opened()]);
    expect(plan(planAppend(untouchable, checked([], 1), readOf(stored)))).toEqual({
      _tag: 'NothingToWrite',
      streamVersion: 1,
    });
  });

  it('seals the events on the head it was given: versions after it, chained to its hash', () => {
    const stored = storedStream([opened(), event('Incremented', { by: 1, note: '' })]);
    const next = plan(planAppend(deps(), checked([event('Closed', { reason: 'done' })], 2), readOf(stored)));
    expect(next._tag).toBe('Write');
    if (next._tag !== 'Write') return;
    expect(next.isNewStream).toBe(false);
    expect(next.events.map((e) => [e.streamVersion, e.prevHash])).toEqual([[3, stored[1]!.hash]]);
    expect(next.last).toBe(next.events[0]);
    const first = plan(planAppend(deps(), checked([opened()]), readOf([])));
    expect(first._tag === 'Write' && first.isNewStream).toBe(true);
    expect(isRight(checkAppend('acme', 'counter-1', [], undefined))).toBe(true);
  });
});
