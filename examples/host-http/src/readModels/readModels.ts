import { domainRegistry, type ManagementReviewEvent } from '@mgmt-review/core';
import {
  type Clock,
  createProjectionRunner,
  type EventRegistry,
  type EventStore,
  type ProjectionRunner,
} from '@mgmt-review/eventsourcing';
import type pg from 'pg';
import { type PostgresCheckpoints, postgresCheckpoints } from './postgresCheckpoints.js';
import { type ReadModelState, readModelProjection } from './readModelProjection.js';
import type { RegisterName } from './registers.js';
import { stateFromText } from './stateText.js';
import { checkedSchema, createReadModelTables } from './tables.js';

export interface ReadModelsOptions {
  readonly pool: pg.Pool;
  readonly store: EventStore;
  /** The schema of the host's tables (not the event store's). */
  readonly schema: string;
  readonly clock: Clock;
}

/** Where a tenant's read models stand: the last position folded, and when it was saved. */
export interface Standing {
  readonly position: string;
  readonly savedAt: string | undefined;
}

/** The host's read models: one checkpointed runner per tenant, and reads of their tables. */
export interface ReadModels {
  /** Starts the tenant's runner on first use (catch-up from its checkpoint, then live); resolves once caught up. */
  follow(tenantId: string): Promise<ProjectionRunner<ReadModelState>>;
  /** Resolves once every event stored so far is folded and its checkpoint and rows are committed. */
  caughtUp(tenantId: string): Promise<void>;
  /** A register's rows from its table, in the register's order; `overdue` of an action is read for `today`. */
  rows(tenantId: string, register: RegisterName, today: string): Promise<{ rows: unknown[]; standing: Standing }>;
  /** One row of a register, or undefined. */
  row(tenantId: string, register: RegisterName, id: string, today: string): Promise<unknown>;
  /** The saved state (for KPIs, the review pack and the exports), read from the checkpoint table. */
  savedState(tenantId: string): Promise<{ state: ReadModelState; standing: Standing }>;
  /** Stops every runner, each saving its last checkpoint. */
  stop(): Promise<void>;
}

export const createReadModels = async (options: ReadModelsOptions): Promise<ReadModels> => {
  const { pool, schema, clock } = options;
  const s = checkedSchema(schema);
  await createReadModelTables(pool, schema);
  const runners = new Map<string, Promise<ProjectionRunner<ReadModelState>>>();
  const checkpointStores = new Map<string, PostgresCheckpoints>();

  const follow = (tenantId: string) => {
    let runner = runners.get(tenantId);
    if (runner === undefined) {
      const checkpoints = postgresCheckpoints({ pool, schema, tenantId, clock, current: () => created.current() });
      checkpointStores.set(tenantId, checkpoints);
      const created = createProjectionRunner({
        store: options.store.forTenant(tenantId),
        registry: domainRegistry as EventRegistry<ManagementReviewEvent>,
        projection: readModelProjection,
        checkpoints,
        // Every event asks for a save; one write serves all those that came while another ran.
        checkpointEvery: 1,
      });
      // A tenant's tables are served once its runner has caught up with the history at least once.
      runner = created
        .start()
        .then(() => created.whenCaughtUp())
        .then(() => checkpoints.settled())
        .then(() => created);
      runners.set(tenantId, runner);
    }
    return runner;
  };

  const standingOf = async (tenantId: string): Promise<Standing> => {
    const { rows } = await pool.query<{ position: string; saved_at: Date }>(
      `SELECT position::text AS position, saved_at FROM ${s}.checkpoints WHERE tenant_id = $1 AND projection = $2`,
      [tenantId, readModelProjection.name],
    );
    return { position: rows[0]?.position ?? '0', savedAt: rows[0]?.saved_at.toISOString() };
  };

  // An action is overdue while still to be done past its due date (the register's rule, `actionRowOf`),
  // read here for the day asked, as the rows were computed on the day they were saved.
  const rowSql = `SELECT CASE WHEN register = 'actions'
      THEN row || jsonb_build_object('overdue', coalesce(to_do AND due_date < $2, false)) ELSE row END AS row
    FROM ${s}.register_rows`;

  return {
    follow,
    caughtUp: async (tenantId) => {
      await (await follow(tenantId)).whenCaughtUp();
      // The runner saves after each event without waiting: wait for those writes too.
      await checkpointStores.get(tenantId)?.settled();
    },
    rows: async (tenantId, register, today) => {
      await follow(tenantId);
      const { rows } = await pool.query<{ row: unknown }>(
        `${rowSql} WHERE tenant_id = $1 AND register = $3 ORDER BY ordinal`,
        [tenantId, today, register],
      );
      return { rows: rows.map((r) => r.row), standing: await standingOf(tenantId) };
    },
    row: async (tenantId, register, id, today) => {
      await follow(tenantId);
      const { rows } = await pool.query<{ row: unknown }>(
        `${rowSql} WHERE tenant_id = $1 AND register = $3 AND row_id = $4`,
        [tenantId, today, register, id],
      );
      return rows[0]?.row;
    },
    savedState: async (tenantId) => {
      await follow(tenantId);
      const { rows } = await pool.query<{ state: string }>(
        `SELECT state FROM ${s}.checkpoints WHERE tenant_id = $1 AND projection = $2`,
        [tenantId, readModelProjection.name],
      );
      const state =
        rows[0] === undefined ? readModelProjection.initial() : stateFromText<ReadModelState>(rows[0].state);
      return { state, standing: await standingOf(tenantId) };
    },
    stop: async () => {
      const all = await Promise.all(runners.values());
      runners.clear();
      await Promise.all(all.map((runner) => runner.stop()));
    },
  };
};
