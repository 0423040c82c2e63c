import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { domainRegistry } from '@mgmt-review/core';
import { createInMemoryDemoHistory, demoFacts } from '@mgmt-review/demo';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import { computeInputPack } from '@mgmt-review/inputs';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';
import { latencies, scaled } from '../measure.js';
import type { Scenario } from '../scenario.js';
import { loadTenants, settableClock, type Template, tenantCode } from './projections.js';

/**
 * The input pack benchmark: a review's input pack computed for one tenant of a SQLite store of
 * about 1M events, as of the review's meeting. Every tenant holds the two-year demo history with
 * the domain's own stream ids (a pack reads streams by id), so the file is not the one the as-of
 * answers use; the scenario is reported as a ratio to those answers.
 */

const EVENTS = 1_000_000;
const SAMPLES = 200;

let template: Promise<Template> | undefined;
/** The demo history as the loader appends it: one group per command, stream and event ids as written. */
const demoAsWritten = (): Promise<Template> => {
  template ??= (async () => {
    const { tenant } = await createInMemoryDemoHistory();
    const events: StoredEvent[] = [];
    for await (const batch of tenant.readAll()) events.push(...batch);
    const groups: { streamId: string; recordedAt: string; events: StoredEvent[] }[] = [];
    for (const event of events) {
      const last = groups.at(-1);
      const sameCommand =
        last?.streamId === event.streamId && last.events[0]!.metadata.commandId === event.metadata.commandId;
      if (sameCommand) last.events.push(event);
      else groups.push({ streamId: event.streamId, recordedAt: event.metadata.recordedAt, events: [event] });
    }
    return {
      parts: events.map(() => []),
      groups,
      streams: [...new Set(events.map((e) => e.streamId))],
      recordedAts: events.map((e) => e.metadata.recordedAt),
    };
  })();
  return template;
};

/** The input pack scenario, compared with the as-of answers. */
export const scenarios: Scenario[] = [
  {
    name: 'inputs-pack-sqlite',
    description:
      "a review's input pack (every part, with what changed since the last review) for one tenant of a ~1M-event SQLite store, as of its meeting",
    baseline: 'projections-as-of-sqlite',
    targets: [{ metric: 'p95', valueAtMost: 50 }],
    run: async ({ scale, log }) => {
      const t = await demoAsWritten();
      const tenants = Math.max(1, Math.ceil(scaled(EVENTS, scale, 1000) / t.parts.length));
      const count = tenants * t.parts.length;
      const folder = fileURLToPath(new URL('../../../../.bench/', import.meta.url));
      mkdirSync(folder, { recursive: true });
      const path = `${folder}inputs-${count}.sqlite`;
      const clock = settableClock();
      const open = () => createSqliteEventStore({ path, registry: domainRegistry, clock, synchronous: 'normal' });
      let store = open();
      const complete = async () => (await store.forTenant(tenantCode(tenants - 1)).headPosition()) > 0n;
      if (existsSync(path) && !(await complete())) {
        await store.close();
        rmSync(path, { force: true });
        store = open();
      }
      if ((await store.forTenant(tenantCode(0)).headPosition()) === 0n) {
        log(`loading ${count.toLocaleString('en-US')} events into ${path} (kept for later runs)`);
        const started = process.hrtime.bigint();
        await loadTenants(store, clock, t, tenants, log);
        log(`loaded in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
      }
      const reviews = demoFacts.heldReviewIds.map((reviewId, i) => ({
        reviewId,
        asOf: `${demoFacts.meetingDays[i]}T09:00:00.000Z`,
      }));
      const pack = async (n: number) => {
        const tenant = store.forTenant(tenantCode((n * 7919) % tenants));
        const review = reviews[(n * 104_729) % reviews.length]!;
        const computed = await computeInputPack(tenant, review);
        if (computed._tag === 'Left') throw new Error(computed.left.message);
        return computed.right.parts.length;
      };
      const { measurements, total: parts } = await latencies(SAMPLES, pack);
      await store.close();
      log(`${SAMPLES} packs, ${(parts / SAMPLES).toFixed(1)} parts each, of ${t.parts.length} events per tenant`);
      return [...measurements, { metric: 'store events', value: count, unit: 'events' }];
    },
  },
];
