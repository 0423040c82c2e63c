import type { Checkpoint, CheckpointStore, Clock } from '@mgmt-review/eventsourcing';
import type pg from 'pg';
import type { ReadModelState } from './readModelProjection.js';
import { registers } from './registers.js';
import { stateFromText, stateToText } from './stateText.js';
import { checkedSchema } from './tables.js';

/** A checkpoint as written: taken from the state the moment `save` is called. */
interface Snapshot {
  readonly projection: string;
  readonly projectionVersion: number;
  readonly position: bigint;
  readonly state: string;
  readonly savedAt: string;
  readonly rows: ReadonlyMap<string, readonly RowText[]>;
}

interface RowText {
  readonly id: string;
  readonly ordinal: number;
  readonly row: string;
  readonly due_date: string | null;
  readonly to_do: boolean | null;
}

export interface PostgresCheckpointsOptions {
  readonly pool: pg.Pool;
  readonly schema: string;
  readonly tenantId: string;
  /** The day the registers' rows are computed on when they are saved. */
  readonly clock: Clock;
  /**
   * The runner's state and position now (`ProjectionRunner.current`): a save waiting behind
   * another is taken from it when its turn comes, so it writes the newest state, consistent with
   * its position, and a catch-up over a long history takes one snapshot per write, not per event.
   */
  readonly current: () => { readonly state: ReadModelState; readonly position: bigint };
}

/**
 * The checkpoint store of one tenant's read models in PostgreSQL. A write takes the state and the
 * registers' rows in one synchronous step (the runner folds into the same state object between
 * events), then writes the checkpoint and the rows that changed in one transaction. Writes run one
 * at a time; saves called while one runs wait for one write of the newest state. So a checkpoint
 * never moves back, and the tables are always those of the checkpoint's position: a restart
 * resumes exactly there.
 */
export interface PostgresCheckpoints extends CheckpointStore<ReadModelState> {
  /** Resolves once every save called so far is committed (or has failed). */
  settled(): Promise<void>;
}

export const postgresCheckpoints = (options: PostgresCheckpointsOptions): PostgresCheckpoints => {
  const s = checkedSchema(options.schema);
  const { pool, tenantId } = options;
  /** The rows as last committed, by register and id, to write only what changed. */
  const committed = new Map<string, string>();
  let writing: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | undefined;

  const write = async (snapshot: Snapshot): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const saved = await client.query(
        `INSERT INTO ${s}.checkpoints AS c (tenant_id, projection, projection_version, position, state, saved_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, projection) DO UPDATE SET
           projection_version = excluded.projection_version, position = excluded.position,
           state = excluded.state, saved_at = excluded.saved_at
         WHERE c.position <= excluded.position OR c.projection_version <> excluded.projection_version`,
        [
          tenantId,
          snapshot.projection,
          snapshot.projectionVersion,
          snapshot.position.toString(),
          snapshot.state,
          snapshot.savedAt,
        ],
      );
      if (saved.rowCount === 0) {
        await client.query('ROLLBACK');
        return;
      }
      const written: [string, string][] = [];
      for (const [register, rows] of snapshot.rows) {
        const changed = rows.filter((row) => committed.get(`${register}/${row.id}`) !== `${row.ordinal}/${row.row}`);
        if (changed.length > 0) {
          await client.query(
            `INSERT INTO ${s}.register_rows (tenant_id, register, row_id, ordinal, row, due_date, to_do)
             SELECT $1, $2, x.id, x.ordinal, x.row::jsonb, x.due_date, x.to_do
             FROM jsonb_to_recordset($3::jsonb) AS x(id text, ordinal integer, row text, due_date text, to_do boolean)
             ON CONFLICT (tenant_id, register, row_id) DO UPDATE SET
               ordinal = excluded.ordinal, row = excluded.row, due_date = excluded.due_date, to_do = excluded.to_do`,
            [tenantId, register, JSON.stringify(changed)],
          );
        }
        await client.query(
          `DELETE FROM ${s}.register_rows WHERE tenant_id = $1 AND register = $2 AND NOT (row_id = ANY($3::text[]))`,
          [tenantId, register, rows.map((row) => row.id)],
        );
        for (const row of changed) written.push([`${register}/${row.id}`, `${row.ordinal}/${row.row}`]);
      }
      await client.query('COMMIT');
      for (const [key, value] of written) committed.set(key, value);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  const snapshotOf = (checkpoint: Checkpoint<ReadModelState>): Snapshot => {
    const savedAt = options.clock.now();
    const rows = new Map<string, RowText[]>();
    for (const register of registers) {
      rows.set(
        register.name,
        register.rowsOf(checkpoint.state.pack.views, savedAt).map((row, ordinal) => {
          const due = register.dueOf?.(row);
          return {
            id: register.idOf(row),
            ordinal,
            row: JSON.stringify(row),
            due_date: due?.dueDate ?? null,
            to_do: due?.toDo ?? null,
          };
        }),
      );
    }
    return {
      projection: checkpoint.projection,
      projectionVersion: checkpoint.projectionVersion,
      position: checkpoint.position,
      state: stateToText(checkpoint.state),
      savedAt,
      rows,
    };
  };

  return {
    settled: () => writing,
    load: async (projection) => {
      const { rows } = await pool.query<{ projection_version: number; position: string; state: string }>(
        `SELECT projection_version, position::text AS position, state FROM ${s}.checkpoints
         WHERE tenant_id = $1 AND projection = $2`,
        [tenantId, projection],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      return {
        projection,
        projectionVersion: row.projection_version,
        position: BigInt(row.position),
        state: stateFromText<ReadModelState>(row.state),
      };
    },
    save: (checkpoint) => {
      if (waiting === undefined) {
        const taken = { projection: checkpoint.projection, projectionVersion: checkpoint.projectionVersion };
        // The snapshot is taken when the write starts: from the runner's state at that moment.
        waiting = writing.then(() => {
          waiting = undefined;
          const { state, position } = options.current();
          return write(snapshotOf({ ...taken, state, position }));
        });
        writing = waiting.catch(() => undefined);
      }
      return waiting;
    },
  };
};
