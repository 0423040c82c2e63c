import { fc, it } from '@fast-check/vitest';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect } from 'vitest';
import { steppingClock } from './clock.js';
import type { NewEvent } from './envelope.js';
import { createInMemoryEventStore } from './inMemoryStore.js';
import { foldProjection } from './projection.js';
import { readHistory, replay } from './replay.js';
import { actor, counterRegistry } from './testing/counter.js';
import { counterHistory } from './testing/counterHistory.js';
import { counterTotals } from './testing/counterTotals.js';

const minute = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
const e = (type: string, data: unknown, occurredAt: string): NewEvent => ({
  type,
  data,
  metadata: { actor, occurredAt },
});

/** Recorded one minute apart from minute 0; the third event happened before the second (recorded late). */
const backdatedHistory = async () => {
  const store = createInMemoryEventStore({ registry: counterRegistry, clock: steppingClock(minute(0), 60_000) });
  const acme = store.forTenant('acme');
  for (const event of [
    e('Opened', { name: 'a' }, minute(0)),
    e('Incremented', { by: 10, note: 'on time' }, minute(1)),
    e('Incremented', { by: 100, note: 'recorded late' }, minute(0)),
  ]) {
    const result = await acme.append('counter-1', [event]);
    if (isLeft(result)) throw new Error(result.left.message);
  }
  return acme;
};

describe('replay "as of"', () => {
  it('as of a position: everything up to and including it', async () => {
    const acme = await backdatedHistory();
    expect((await replay(acme, counterRegistry, counterTotals(), { asOf: { position: 2n } })).totals).toEqual({
      'counter-1': 10,
    });
  });

  it('as of a recording time: what had been recorded by then', async () => {
    const acme = await backdatedHistory();
    const state = await replay(acme, counterRegistry, counterTotals(), { asOf: { recordedAt: minute(1) } });
    expect(state.totals).toEqual({ 'counter-1': 10 });
  });

  it('as of a business time: what had happened by then, even if recorded later', async () => {
    const acme = await backdatedHistory();
    const state = await replay(acme, counterRegistry, counterTotals(), { asOf: { occurredAt: minute(0) } });
    expect(state.totals).toEqual({ 'counter-1': 100 });
  });

  it.prop([counterHistory(fc, 20), fc.nat()], { numRuns: 40 })(
    'as of the position of the k-th event equals folding the first k events',
    async (history, pick) => {
      const acme = createInMemoryEventStore({ registry: counterRegistry }).forTenant('acme');
      for (const { streamId, event } of history) await acme.append(streamId, [event]);
      const decoded = [];
      for await (const event of readHistory(acme, counterRegistry)) decoded.push(event);
      const k = pick % (decoded.length + 1);
      const position = k === 0 ? 0n : decoded[k - 1]!.globalPosition;
      const asOf = await replay(acme, counterRegistry, counterTotals(), { asOf: { position }, batchSize: 4 });
      expect(asOf).toEqual(foldProjection(counterTotals(), decoded.slice(0, k)));
    },
  );
});
