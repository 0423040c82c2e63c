import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { steppingClock } from '../clock.js';
import type { StoredEvent } from '../envelope.js';
import type { TenantEventStore } from '../eventStore.js';
import { createInMemoryEventStore } from '../inMemoryStore.js';
import { actor, at, counterRegistry } from '../testing/counter.js';
import { storedHistory } from '../testing/storedHistory.js';
import { decodeAnchor } from './anchor.js';
import { ANCHOR_STREAM } from './anchorEvent.js';
import { anchorOf } from './anchorOf.js';
import { checkAnchor, checkAnchors } from './checkAnchors.js';
import { verifyConsistency } from './consistency.js';
import { EMPTY_ROOT } from './hashes.js';
import { verifyInclusion } from './inclusion.js';
import { proveConsistency, proveInclusion } from './proofs.js';
import { recordAnchor, recordedAnchors } from './recordAnchor.js';

const clock = steppingClock(at);
const newStore = () => createInMemoryEventStore({ registry: counterRegistry, clock }).forTenant('t1');

const write = async (store: TenantEventStore, streamId: string, type: 'Opened' | 'Incremented', n = 1) => {
  for (let i = 0; i < n; i++) {
    const data = type === 'Opened' ? { name: streamId } : { by: i + 1, note: '' };
    const appended = await store.append(streamId, [{ type, data, metadata: { actor, occurredAt: at } }]);
    if (isLeft(appended)) throw new Error(appended.left.message);
  }
};

const history = async (store: TenantEventStore): Promise<StoredEvent[]> => {
  const events: StoredEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

/** Two counters, interleaved: counter-a 1–3 and counter-b 1–2. */
const twoCounters = async () => {
  const store = newStore();
  await write(store, 'counter-a', 'Opened');
  await write(store, 'counter-b', 'Opened');
  await write(store, 'counter-a', 'Incremented', 2);
  await write(store, 'counter-b', 'Incremented');
  return store;
};

describe('anchors of a tenant history', () => {
  it('an empty history anchors at size 0 with the empty root, and the anchor decodes strictly', async () => {
    const anchor = await anchorOf(newStore(), { clock });
    expect(anchor).toMatchObject({ tenant: 't1', size: 0, root: EMPTY_ROOT.toString('hex'), position: '0' });
    expect(decodeAnchor(anchor)).toEqual({ _tag: 'Right', right: anchor });
    const extra = decodeAnchor({ ...anchor, note: 'x' });
    expect(isLeft(extra) && extra.left.problems.map((p) => p.path)).toEqual(['note']);
    const badRoot = decodeAnchor({ ...anchor, root: 'ABC' }, 'anchors.0');
    expect(isLeft(badRoot) && badRoot.left.problems[0]!.path).toBe('anchors.0.root');
  });

  it('an anchor holds while events are appended after it, and as of a position covers what came before', async () => {
    const store = await twoCounters();
    const anchor = await anchorOf(store, { clock });
    expect(anchor.size).toBe(5);
    await write(store, 'counter-c', 'Opened');
    expect(isRight(await checkAnchor(store, anchor))).toBe(true);
    const events = await history(store);
    const asOf = await anchorOf(store, { clock, asOf: { position: events[2]!.globalPosition } });
    expect(asOf).toMatchObject({ size: 3, position: String(events[2]!.globalPosition) });
    expect(isRight(await checkAnchor(store, asOf))).toBe(true);
  });

  it('deleting the last event of a stream before the anchor is named: events missing, the last one covered gone', async () => {
    const store = await twoCounters();
    const anchor = await anchorOf(store, { clock });
    const events = await history(store);
    const truncated = storedHistory('t1', events.slice(0, -1));
    const checked = await checkAnchor(truncated, anchor);
    expect(isLeft(checked) && checked.left).toMatchObject({
      kind: 'events-missing',
      present: 4,
      lastPresent: { streamId: 'counter-a', streamVersion: 3 },
    });
    expect(isLeft(checked) && checked.left.message).toMatch(
      /1 of its events are missing.*the last it covered, is gone/,
    );
  });

  it('an altered event is named by the chain, and a swap across streams breaks the root within the window after the last anchor that holds', async () => {
    const store = await twoCounters();
    const early = await anchorOf(store, { clock, asOf: { position: (await history(store))[1]!.globalPosition } });
    const anchor = await anchorOf(store, { clock });
    const events = await history(store);
    const altered = events.map((e, i) => (i === 3 ? { ...e, data: { by: 99, note: '' } } : e));
    const chain = await checkAnchor(storedHistory('t1', altered), anchor);
    expect(isLeft(chain) && chain.left).toMatchObject({
      kind: 'chain-break',
      exact: true,
      chainBreak: { streamId: 'counter-a', streamVersion: 3, kind: 'hash-mismatch' },
    });
    // counter-a 3 and counter-b 2 exchange places (and positions): each stream's chain still holds.
    const swapped = [...events];
    swapped[3] = { ...events[4]!, globalPosition: events[3]!.globalPosition };
    swapped[4] = { ...events[3]!, globalPosition: events[4]!.globalPosition };
    const checked = await checkAnchors(storedHistory('t1', swapped), [early, anchor]);
    expect(checked.chain.ok).toBe(true);
    expect(checked.verdicts[0]!._tag).toBe('AnchorHeld');
    expect(checked.verdicts[1]).toMatchObject({ kind: 'root-mismatch', window: { from: 2, to: 5 } });
  });

  it('an anchor of another tenant, or one whose root was never the history’s, does not hold', async () => {
    const store = await twoCounters();
    const anchor = await anchorOf(store, { clock });
    const other = await checkAnchor(store, { ...anchor, tenant: 't2' });
    expect(isLeft(other) && other.left.kind).toBe('other-tenant');
    const forged = await checkAnchor(store, { ...anchor, root: 'f'.repeat(64) });
    expect(isLeft(forged) && forged.left).toMatchObject({ kind: 'root-mismatch', window: { from: 0, to: 5 } });
  });

  it('a recorded anchor is an event of the anchor stream, a leaf of every later tree, and reads back', async () => {
    const store = await twoCounters();
    const recorded = await recordAnchor(store, { clock });
    if (isLeft(recorded)) throw new Error(recorded.left.message);
    const events = await history(store);
    expect(events.at(-1)).toMatchObject({ streamId: ANCHOR_STREAM, type: 'AnchorRecorded', data: recorded.right });
    expect(recorded.right.size).toBe(5);
    expect(await recordedAnchors(store)).toEqual({ _tag: 'Right', right: [recorded.right] });
    expect((await anchorOf(store, { clock })).size).toBe(6);
    expect(isRight(await checkAnchor(store, recorded.right))).toBe(true);
  });

  it('gives inclusion proofs a host verifies, in the whole tree and in an anchor’s, and a consistency proof to today', async () => {
    const store = await twoCounters();
    const anchor = await anchorOf(store, { clock });
    await write(store, 'counter-b', 'Incremented', 3);
    const events = await history(store);
    const bytes = (h: string) => Buffer.from(h, 'hex');
    for (const [i, event] of events.entries()) {
      const proved = await proveInclusion(store, event.eventId);
      if (isLeft(proved)) throw new Error(proved.left.message);
      const p = proved.right;
      expect(p).toMatchObject({ leafIndex: i, treeSize: 8, eventHash: event.hash });
      expect(verifyInclusion(p.leafIndex, p.treeSize, bytes(p.leafHash), p.auditPath.map(bytes), bytes(p.root))).toBe(
        true,
      );
    }
    const inAnchor = await proveInclusion(store, events[1]!.eventId, anchor);
    expect(isRight(inAnchor) && inAnchor.right).toMatchObject({ treeSize: 5, root: anchor.root });
    const after = await proveInclusion(store, events[6]!.eventId, anchor);
    expect(isLeft(after) && after.left._tag).toBe('NotCovered');
    const missing = await proveInclusion(store, 'no-such-event');
    expect(isLeft(missing) && missing.left._tag).toBe('EventNotFound');
    const c = await proveConsistency(store, anchor);
    expect(c.root1).toBe(anchor.root);
    expect(verifyConsistency(c.size1, c.size2, bytes(anchor.root), bytes(c.root2), c.proof.map(bytes))).toBe(true);
  });
});
