import { fc, it } from '@fast-check/vitest';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import { steppingClock } from '../clock.js';
import type { StoredEvent } from '../envelope.js';
import type { TenantEventStore } from '../eventStore.js';
import { hashOf } from '../hashChain.js';
import { createInMemoryEventStore } from '../inMemoryStore.js';
import { counterRegistry } from '../testing/counter.js';
import { type CounterAppend, counterHistory } from '../testing/counterHistory.js';
import { propertyRuns } from '../testing/propertyRuns.js';
import { storedHistory } from '../testing/storedHistory.js';
import { anchorOf } from './anchorOf.js';
import { checkAnchor } from './checkAnchors.js';
import { recordAnchor } from './recordAnchor.js';

const clock = steppingClock('2026-01-01T00:00:00.000Z');

const appendAll = async (store: TenantEventStore, appends: readonly CounterAppend[]) => {
  for (const { streamId, event } of appends) {
    const appended = await store.append(streamId, [event]);
    if (isLeft(appended)) throw new Error(appended.left.message);
  }
};

const readAll = async (store: TenantEventStore): Promise<StoredEvent[]> => {
  const events: StoredEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

/** A counter history split where the anchor is taken: what came before it, and what came after. */
const anchoredHistory = fc
  .tuple(counterHistory(fc, 24), counterHistory(fc, 8), fc.boolean())
  .filter(([before]) => before.length > 0)
  .map(([before, after, record]) => ({
    before,
    // The later appends go to other counters, so they never depend on the earlier ones' state.
    after: after.map((a) => ({ ...a, streamId: a.streamId.replace('counter-', 'later-') })),
    record,
  }));

/** Writes the history, anchoring (and maybe recording the anchor) between its two parts. */
const written = async (h: { before: CounterAppend[]; after: CounterAppend[]; record: boolean }) => {
  const store = createInMemoryEventStore({ registry: counterRegistry, clock }).forTenant('t1');
  await appendAll(store, h.before);
  const anchor = await anchorOf(store, { clock });
  if (h.record) await recordAnchor(store, { clock });
  await appendAll(store, h.after);
  return { store, anchor, events: await readAll(store) };
};

type Tampering = 'delete' | 'delete-stream' | 'delete-stream-tail' | 'alter' | 'alter-and-rehash' | 'swap';

/** One change, as a tamperer with write access to the rows makes it, to event `j` (covered by the anchor). */
const tampered = (events: readonly StoredEvent[], j: number, how: Tampering): StoredEvent[] => {
  const target = events[j]!;
  switch (how) {
    case 'delete':
      return events.filter((_, i) => i !== j);
    case 'delete-stream':
      return events.filter((e) => e.streamId !== target.streamId);
    case 'delete-stream-tail':
      return events.filter((e) => e.streamId !== target.streamId || e.streamVersion < target.streamVersion);
    case 'alter':
      return events.map((e, i) =>
        i === j ? { ...e, metadata: { ...e.metadata, occurredAt: `${e.metadata.occurredAt} ` } } : e,
      );
    case 'alter-and-rehash':
      return events.map((e, i) => {
        if (i !== j) return e;
        const altered = { ...e, metadata: { ...e.metadata, actor: { id: 'someone-else', role: 'tester' } } };
        return { ...altered, hash: hashOf(altered) };
      });
    case 'swap': {
      // Event j and the next one exchange places, each keeping the position of the place it takes.
      const out = [...events];
      const next = events[j + 1]!;
      out[j] = { ...next, globalPosition: target.globalPosition };
      out[j + 1] = { ...target, globalPosition: next.globalPosition };
      return out;
    }
  }
};

const tamperings: readonly Tampering[] = [
  'delete',
  'delete-stream',
  'delete-stream-tail',
  'alter',
  'alter-and-rehash',
  'swap',
];

describe('anchors over random counter histories', () => {
  it.prop([anchoredHistory], { numRuns: propertyRuns(100) })(
    'appending after an anchor, recorded or not, keeps it verifying',
    async (h) => {
      const { store, anchor } = await written(h);
      expect(isRight(await checkAnchor(store, anchor))).toBe(true);
    },
  );

  it.prop([anchoredHistory, fc.nat(), fc.constantFrom(...tamperings)], { numRuns: propertyRuns(200) })(
    'any deleted, altered or reordered event at or before an anchor is detected',
    async (h, pick, how) => {
      const { anchor, events } = await written(h);
      // A swap needs a next event: the last covered one swaps with the first after it, if any.
      const covered = how === 'swap' ? Math.min(anchor.size, events.length - 1) : anchor.size;
      fc.pre(covered > 0);
      const j = pick % covered;
      const checked = await checkAnchor(storedHistory('t1', tampered(events, j, how)), anchor);
      expect(isLeft(checked)).toBe(true);
    },
  );
});
