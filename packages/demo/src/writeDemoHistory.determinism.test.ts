import { aggregates } from '@mgmt-review/core';
import { categoryOf, type StoredEvent, verifyHistory } from '@mgmt-review/eventsourcing';
import { unsalted } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { createInMemoryDemoHistory } from './demoHistory.js';

const allEvents = async (history: Awaited<ReturnType<typeof createInMemoryDemoHistory>>) => {
  const events: StoredEvent[] = [];
  for await (const batch of history.tenant.readAll()) events.push(...batch);
  return events;
};

describe('the demo history is deterministic', () => {
  it('two runs on fresh stores write the same events, each chain verifying; only the salts of personal fields differ', async () => {
    const first = await allEvents(await createInMemoryDemoHistory());
    const second = await allEvents(await createInMemoryDemoHistory());
    expect(first.length).toBeGreaterThan(800);
    expect(second.map(unsalted)).toEqual(first.map(unsalted));
    expect((await verifyHistory([first])).ok).toBe(true);
    expect((await verifyHistory([second])).ok).toBe(true);
    // A stream's first event without personal values hashes as before salted digests: the same in both runs.
    const unsealedFirsts = (events: readonly StoredEvent[]) =>
      events.filter((e) => e.streamVersion === 1 && e.personal === undefined).map((e) => e.hash);
    expect(unsealedFirsts(second)).toEqual(unsealedFirsts(first));
    expect(unsealedFirsts(first).length).toBeGreaterThan(0);
  });

  it('holds events of every aggregate of the domain, so the same hashes cover every kind of record', async () => {
    const categories = new Set((await allEvents(await createInMemoryDemoHistory())).map((e) => categoryOf(e.streamId)));
    expect([...categories].sort()).toEqual(aggregates.map((a) => a.category).sort());
  });

  it('records each event when it happens in the story: recordedAt follows occurredAt', async () => {
    const events = await allEvents(await createInMemoryDemoHistory());
    for (const event of events) {
      const lag = Date.parse(event.metadata.recordedAt) - Date.parse(event.metadata.occurredAt);
      expect(lag, `${event.streamId}@${event.streamVersion}`).toBeGreaterThanOrEqual(0);
      expect(lag, `${event.streamId}@${event.streamVersion}`).toBeLessThan(60_000);
    }
  });

  it('writes for the tenant it is given', async () => {
    const history = await createInMemoryDemoHistory('globex');
    expect(history.summary.tenantId).toBe('globex');
    expect(await history.store.tenants()).toEqual(['globex']);
  });
});
