import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askAuditor } from '@mgmt-review/auditor';
import { domainRegistry } from '@mgmt-review/core';
import type { EventStore } from '@mgmt-review/eventsourcing';
import { migratedStoreContract } from '@mgmt-review/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './migrations.js';
import { createSqliteEventStore } from './sqliteStore.js';

/** The file 0.1.0 wrote, and what 0.1.0 answered from it (see fixtures/schema-v1/README.md). */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/schema-v1/${name}`, import.meta.url));
const before = JSON.parse(readFileSync(fixture('answers.json'), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-v1-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let copies = 0;

const userVersion = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
};

/** A new copy of the fixture, opened (and so migrated) by the current store. */
const openCopy = (): { path: string; store: EventStore } => {
  const path = join(dir, `copy-${++copies}.db`);
  copyFileSync(fixture('store.db'), path);
  expect(userVersion(path)).toBe(1);
  return { path, store: createSqliteEventStore({ path, registry: domainRegistry }) };
};

migratedStoreContract('A SQLite file written by the 0.1.0 store (schema version 1)', {
  before: before.tenants,
  openMigrated: async () => openCopy().store,
});

describe('A SQLite file written by the 0.1.0 store (schema version 1), opened', () => {
  it('is migrated to the current schema', async () => {
    const { path, store } = openCopy();
    await store.close();
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    expect(userVersion(path)).toBe(SCHEMA_VERSION);
  });

  it("gives the demo tenant the auditor's answer 0.1.0 gave", async () => {
    const { store } = openCopy();
    const { tenantId, now, answer } = before.auditor;
    expect(await askAuditor(store.forTenant(tenantId), 'planned-intervals', { now })).toEqual(answer);
    await store.close();
  });
});
