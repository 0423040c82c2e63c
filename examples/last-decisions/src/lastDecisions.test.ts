import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { domainRegistry } from '@mgmt-review/core';
import { createDemoClock, demoFacts, writeDemoHistory } from '@mgmt-review/demo';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastDecisionsAsOf } from './lastDecisions.js';

describe('what was decided last time, from a SQLite history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'last-decisions-'));
  const file = join(dir, 'history.db');

  beforeAll(async () => {
    const clock = createDemoClock();
    const store = createSqliteEventStore({ path: file, registry: domainRegistry, clock });
    await writeDemoHistory(store, { clock });
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names an earlier review as of an earlier date than at the end of the history', async () => {
    const early = await lastDecisionsAsOf(file, 'acme', '2025-06-30');
    const late = await lastDecisionsAsOf(file, 'acme', demoFacts.now.slice(0, 10));
    expect(early?.reviewId).toBeDefined();
    expect(late?.reviewId).toBeDefined();
    expect(early?.reviewId).not.toBe(late?.reviewId);
    expect(early?.decisions.length).toBeGreaterThan(0);
  });

  it('finds no review before the first one was held', async () => {
    expect(await lastDecisionsAsOf(file, 'acme', '2024-01-01')).toBeUndefined();
  });
});
