import { fileURLToPath } from 'node:url';
import { domainRegistry } from '@mgmt-review/core';
import type { StoredEvent } from '@mgmt-review/eventsourcing';
import {
  actionWorkload,
  checkActionHistory,
  cleanFindings,
  commandsOf,
  concurrencyCommands,
  forkActionWorkers,
  totalOf,
  WORKER_TENANT,
} from '@mgmt-review/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const PROCESSES = 4;
const database = useTestDatabase({ beforeAll, afterAll });
const skip = database.concurrencySkipReason;
const title = (what: string) => (skip === undefined ? what : `${what} (skipped: ${skip})`);

describe('concurrency through the facade, PostgreSQL, several processes', () => {
  it.skipIf(skip !== undefined)(
    title(
      '4 processes raising, progressing, completing and verifying shared actions lose no command, apply none twice, and leave gapless versions; a live subscriber never skips',
    ),
    async () => {
      const workload = actionWorkload(concurrencyCommands(1_000), 40);
      const { connectionString } = database.connection() as { connectionString: string };
      const schema = database.schemaName();
      const store = await createPostgresEventStore({
        connectionString,
        maxConnections: 2,
        schema,
        registry: domainRegistry,
        pollIntervalMs: 20,
      });
      try {
        const tenant = store.forTenant(WORKER_TENANT);
        // Listens from before the first append, in this process: it hears the workers through NOTIFY.
        const live: StoredEvent[] = [];
        const subscription = tenant.subscribe().subscribe((event) => live.push(event));

        const started = performance.now();
        const reports = await forkActionWorkers(
          fileURLToPath(new URL('./postgresStore.facadeConcurrency.child.ts', import.meta.url)),
          [connectionString, schema],
          workload,
          PROCESSES,
        );
        const seconds = (performance.now() - started) / 1000;
        const findings = await checkActionHistory(tenant, workload);
        const deadline = Date.now() + 10_000;
        while (live.length < findings.events && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        subscription.unsubscribe();
        const total = totalOf(reports);
        console.info(
          `PostgreSQL: ${PROCESSES} processes, ${seconds.toFixed(1)} s, retries ${total.retries}, resent ${total.resent}`,
          findings,
        );

        expect(findings).toEqual(cleanFindings(workload));
        expect(total).toMatchObject({ applied: commandsOf(workload), appliedTwice: 0 });
        // PostgreSQL's positions may leave gaps (a sequence), but a reader after its last position
        // never skips: the live subscriber received exactly the history, in its order.
        const history: bigint[] = [];
        for await (const batch of tenant.readAll()) history.push(...batch.map((event) => event.globalPosition));
        expect(live.map((event) => event.globalPosition)).toEqual(history);
      } finally {
        await store.close();
      }
    },
    240_000,
  );
});
