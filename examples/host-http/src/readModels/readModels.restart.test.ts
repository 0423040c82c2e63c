import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { type EventStore, steppingClock, uuidV7Ids } from '@mgmt-review/eventsourcing';
import { createPostgresEventStore } from '@mgmt-review/store-postgres';
import { type LocalPostgres, startLocalPostgres } from '@mgmt-review/store-postgres/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleHistory } from '../sampleHistory.js';
import { TEST_NOW } from '../testHost.js';
import { createReadModels, type ReadModels } from './readModels.js';
import { registerNames } from './registers.js';
import { stateToText } from './stateText.js';

let server: LocalPostgres;
let pool: pg.Pool;
let store: EventStore;
const tenant = 'acme';
const clock = steppingClock(TEST_NOW);
const open: ReadModels[] = [];

beforeAll(async () => {
  server = await startLocalPostgres({ fsync: false });
  pool = new pg.Pool({ connectionString: server.connectionString, max: 8 });
  store = await createPostgresEventStore({ pool, schema: 'events', registry: domainRegistry, clock });
}, 60_000);
afterAll(async () => {
  try {
    for (const readModels of open) await readModels.stop().catch(() => undefined);
    await store?.close();
    await pool?.end();
  } finally {
    await server?.stop();
  }
});

/** The store, recording where each of the tenant's subscriptions starts. */
const recordingStarts = (starts: bigint[]): EventStore => ({
  ...store,
  forTenant: (tenantId) => {
    const tenantStore = store.forTenant(tenantId);
    return {
      ...tenantStore,
      subscribe: (options = {}) => {
        starts.push(options.after ?? 0n);
        return tenantStore.subscribe(options);
      },
    };
  },
});

const readModelsOver = async (schema: string, starts: bigint[] = []) => {
  const readModels = await createReadModels({ pool, store: recordingStarts(starts), schema, clock });
  open.push(readModels);
  return readModels;
};

const tablesOf = async (readModels: ReadModels) =>
  Object.fromEntries(
    await Promise.all(
      registerNames.map(async (name) => [name, (await readModels.rows(tenant, name, '2026-09-01')).rows]),
    ),
  );

describe('the read models after a restart', () => {
  it('resume from the checkpoint, and hold what a rebuild from the first event holds', async () => {
    const facade = createManagementReview({ store, clock, ids: uuidV7Ids });
    await writeSampleHistory(facade, tenant);
    const first = await readModelsOver('host_tables');
    await first.caughtUp(tenant);
    const saved = (await first.rows(tenant, 'reviews', '2026-09-01')).standing.position;
    await first.stop();

    // While the host is down, the history goes on.
    const actions = facade.forTenantAsync(tenant).actions;
    await actions.start(
      { actionId: 'mfa-admins', at: '2026-04-02T09:00:00Z' },
      { actor: { id: 'u-ciso', role: 'ismsManager' } },
    );
    await actions.noteProgress(
      { actionId: 'mfa-admins', note: 'half of the admins enrolled', percentComplete: 50, at: '2026-05-02T09:00:00Z' },
      { actor: { id: 'u-ciso', role: 'ismsManager' } },
    );

    const starts: bigint[] = [];
    const restarted = await readModelsOver('host_tables', starts);
    await restarted.caughtUp(tenant);
    expect(BigInt(saved)).toBeGreaterThan(0n);
    expect(starts).toEqual([BigInt(saved)]);
    expect((await restarted.rows(tenant, 'reviews', '2026-09-01')).standing.position).toBe(
      (await store.forTenant(tenant).headPosition()).toString(),
    );

    const rebuiltStarts: bigint[] = [];
    const rebuilt = await readModelsOver('host_rebuilt', rebuiltStarts);
    await rebuilt.caughtUp(tenant);
    expect(rebuiltStarts).toEqual([0n]);
    expect(stateToText((await restarted.savedState(tenant)).state)).toBe(
      stateToText((await rebuilt.savedState(tenant)).state),
    );
    const tables = await tablesOf(restarted);
    expect(tables).toEqual(await tablesOf(rebuilt));
    const action = (tables.actions as { actionId: string; status: string; percentComplete?: number }[]).find(
      (a) => a.actionId === 'mfa-admins',
    );
    expect(action).toMatchObject({ status: 'inProgress', percentComplete: 50 });
  });
});
