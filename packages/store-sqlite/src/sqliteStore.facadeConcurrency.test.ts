import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { domainRegistry } from '@mgmt-review/core';
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
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEventStore } from './sqliteStore.js';

const PROCESSES = 4;
const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-facade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('concurrency through the facade, SQLite, several processes', () => {
  it('4 processes raising, progressing, completing and verifying shared actions in one file lose no command, apply none twice, and leave gapless versions in global order', async () => {
    const workload = actionWorkload(concurrencyCommands(2_000), 40);
    const path = join(dir, 'shared.db');
    // Created (and migrated) once before the workers open it.
    await createSqliteEventStore({ path, registry: domainRegistry }).close();

    const started = performance.now();
    const reports = await forkActionWorkers(
      fileURLToPath(new URL('./sqliteStore.facadeConcurrency.child.ts', import.meta.url)),
      [path],
      workload,
      PROCESSES,
    );
    const seconds = (performance.now() - started) / 1000;

    const store = createSqliteEventStore({ path, registry: domainRegistry });
    try {
      const tenant = store.forTenant(WORKER_TENANT);
      const findings = await checkActionHistory(tenant, workload);
      const total = totalOf(reports);
      console.info(
        `SQLite: ${PROCESSES} processes, ${seconds.toFixed(1)} s, retries ${total.retries}, resent ${total.resent}`,
        findings,
      );
      expect(findings).toEqual(cleanFindings(workload));
      expect(total).toMatchObject({ applied: commandsOf(workload), appliedTwice: 0 });
      // SQLite gives positions in commit order with no gap: 1, 2, 3…
      const positions: bigint[] = [];
      for await (const batch of tenant.readAll()) positions.push(...batch.map((event) => event.globalPosition));
      expect(positions).toEqual(Array.from({ length: findings.events }, (_, n) => BigInt(n + 1)));
    } finally {
      await store.close();
    }
  }, 240_000);
});
