import type pg from 'pg';

/** A schema name the host's tables may live in: a plain SQL identifier, quoted where used. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema's name, checked: it is written into SQL text. */
export const checkedSchema = (schema: string): string => {
  if (!SCHEMA_NAME.test(schema)) {
    throw new TypeError(`read-model schema "${schema}": expected lowercase letters, digits and _ (at most 63)`);
  }
  return `"${schema}"`;
};

/**
 * The host's own tables, apart from the event store's schema: one checkpoint per tenant and
 * projection (the last position folded and the state at it), and the registers' rows as of that
 * checkpoint. Both are written in one transaction, so the rows are always those of the checkpoint.
 */
export const createReadModelTables = async (pool: pg.Pool, schema: string): Promise<void> => {
  const s = checkedSchema(schema);
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
      tenant_id text NOT NULL,
      projection text NOT NULL,
      projection_version integer NOT NULL,
      position numeric(40, 0) NOT NULL,
      state text NOT NULL,
      saved_at timestamptz NOT NULL,
      PRIMARY KEY (tenant_id, projection)
    );
    CREATE TABLE IF NOT EXISTS ${s}.register_rows (
      tenant_id text NOT NULL,
      register text NOT NULL,
      row_id text NOT NULL,
      ordinal integer NOT NULL,
      row jsonb NOT NULL,
      due_date text,
      to_do boolean,
      PRIMARY KEY (tenant_id, register, row_id)
    );`);
};
