import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import {
  createInMemoryEventStore,
  type EventStore,
  type StoredEvent,
  steppingClock,
  type TenantEventStore,
  uuidV7Ids,
} from '@mgmt-review/eventsourcing';
import { describe, expect, it } from 'vitest';
import {
  actionWorkload,
  checkActionHistory,
  cleanFindings,
  commandsOf,
  runActionWorker,
  totalOf,
} from './actionWorkload.js';
import { concurrencyCommands } from './concurrencyCommands.js';

const WORKERS = 8;

/**
 * The in-memory store answers at once, so workers would take turns and never contend. This one
 * lets the other workers run between a command's read of its stream and its append, as I/O would.
 */
const yieldingReads = (store: EventStore, conflicts: { count: number }): EventStore =>
  Object.assign(Object.create(store) as EventStore, {
    forTenant: (tenantId: string): TenantEventStore => {
      const tenant = store.forTenant(tenantId);
      return Object.assign(Object.create(tenant) as TenantEventStore, {
        readStream: async (...args: Parameters<TenantEventStore['readStream']>) => {
          const read = await tenant.readStream(...args);
          await new Promise((resolve) => setImmediate(resolve));
          return read;
        },
        append: async (...args: Parameters<TenantEventStore['append']>) => {
          const appended = await tenant.append(...args);
          if (appended._tag === 'Left' && appended.left._tag === 'VersionConflict') conflicts.count += 1;
          return appended;
        },
      });
    },
  });

describe('concurrency through the facade, in memory', () => {
  it('8 workers raising, progressing, completing and verifying shared actions lose no command, apply none twice, and leave gapless versions in global order', async () => {
    const workload = actionWorkload(concurrencyCommands(10_000));
    const clock = steppingClock('2026-03-31T08:00:00.000Z', 1);
    const store = createInMemoryEventStore({ registry: domainRegistry, clock });
    const tenant = store.forTenant('tenant-busy');
    const conflicts = { count: 0 };
    const handles = createManagementReview({ store: yieldingReads(store, conflicts), clock, ids: uuidV7Ids }).forTenant(
      'tenant-busy',
    );
    const live: StoredEvent[] = [];
    const subscription = tenant.subscribe().subscribe((event) => live.push(event));

    const started = performance.now();
    const reports = await Promise.all(
      Array.from({ length: WORKERS }, (_, worker) => runActionWorker(handles, tenant, workload, worker, WORKERS)),
    );
    const seconds = (performance.now() - started) / 1000;
    const findings = await checkActionHistory(tenant, workload);
    await new Promise((resolve) => setTimeout(resolve, 50));
    subscription.unsubscribe();
    const total = totalOf(reports);
    console.info(
      `in memory: ${WORKERS} workers, ${seconds.toFixed(1)} s, version conflicts ${conflicts.count}, retries ${total.retries}, resent ${total.resent}`,
      findings,
    );

    expect(findings).toEqual(cleanFindings(workload));
    expect(total).toMatchObject({ applied: commandsOf(workload), appliedTwice: 0 });
    expect(total.resent).toBeGreaterThan(0);
    // The workers did contend: some appends met a newer version and were decided again.
    expect(conflicts.count).toBeGreaterThan(0);
    // The live subscriber received every event once, in the order of the history.
    expect(live.map((event) => event.globalPosition)).toEqual(
      Array.from({ length: findings.events }, (_, n) => BigInt(n + 1)),
    );
  }, 120_000);
});
