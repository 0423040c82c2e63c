import { domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, sequentialIds, verifyHistory } from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import { createDemoClock } from './calendar.js';
import { writeDemoHistory } from './writeDemoHistory.js';

describe('writing the demo history again', () => {
  it('appends nothing: every command is found already handled', async () => {
    const clock = createDemoClock();
    const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
    const first = await writeDemoHistory(store, { clock });
    const head = await store.forTenant('acme').headPosition();
    const second = await writeDemoHistory(store, { clock });
    expect(first).toMatchObject({ _tag: 'Right', right: { alreadyHandled: 0 } });
    expect(second).toMatchObject({
      _tag: 'Right',
      right: { eventsAppended: 0, alreadyHandled: first._tag === 'Right' ? first.right.commands : -1 },
    });
    expect(await store.forTenant('acme').headPosition()).toBe(head);
  });

  it('leaves a history whose hash chain verifies', async () => {
    const clock = createDemoClock();
    const store = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
    const written = await writeDemoHistory(store, { clock });
    const verified = await verifyHistory(store.forTenant('acme').readAll());
    expect(verified.ok).toBe(true);
    expect(verified.events).toBe(written._tag === 'Right' ? written.right.eventsAppended : -1);
  });

  it('works with a store on its own clock: the story is then recorded at the time of writing', async () => {
    const store = createInMemoryEventStore({ registry: domainRegistry });
    const written = await writeDemoHistory(store, { tenantId: 'initech' });
    expect(written._tag).toBe('Right');
    expect((await verifyHistory(store.forTenant('initech').readAll())).ok).toBe(true);
  });

  it('reports progress after every command', async () => {
    const store = createInMemoryEventStore({ registry: domainRegistry });
    const seen: number[] = [];
    const written = await writeDemoHistory(store, { onProgress: (done, total) => done === total && seen.push(done) });
    expect(seen).toEqual([written._tag === 'Right' ? written.right.commands : -1]);
  });
});
