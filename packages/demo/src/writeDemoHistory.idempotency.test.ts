import { domainRegistry } from '@mgmt-review/core';
import { createInMemoryEventStore, type EventStore, sequentialIds, verifyHistory } from '@mgmt-review/eventsourcing';
import { unsalted } from '@mgmt-review/eventsourcing/testing';
import { describe, expect, it } from 'vitest';
import { createDemoClock } from './calendar.js';
import { demoSteps } from './story.js';
import { writeDemoHistory } from './writeDemoHistory.js';
import { writeSteps } from './writeSteps.js';

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

  it('resumes a run stopped half-way into the same history, event for event', async () => {
    // The events as written, positions included, but for the fresh random salt of each personal field (its digest, so the hashes).
    const contents = async (store: EventStore) => {
      const out: unknown[] = [];
      for await (const batch of store.forTenant('acme').readAll()) {
        out.push(...batch.map((event) => ({ ...unsalted(event), globalPosition: event.globalPosition })));
      }
      return out;
    };
    const freshClock = createDemoClock();
    const fresh = createInMemoryEventStore({
      registry: domainRegistry,
      clock: freshClock,
      ids: sequentialIds('event'),
    });
    await writeDemoHistory(fresh, { clock: freshClock });

    const clock = createDemoClock();
    const resumed = createInMemoryEventStore({ registry: domainRegistry, clock, ids: sequentialIds('event') });
    const steps = demoSteps();
    const half = Math.floor(steps.length / 2);
    await writeSteps(resumed, steps.slice(0, half), { tenantId: 'acme', clock });
    const second = await writeDemoHistory(resumed, { clock });
    expect(second).toMatchObject({ _tag: 'Right', right: { alreadyHandled: half } });
    expect(await contents(resumed)).toEqual(await contents(fresh));
  });
});
