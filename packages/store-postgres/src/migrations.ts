import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, queryOnce } from './connection.js';
import type { SchemaTooNew } from './errors.js';

/**
 * The schema, as an ordered list of migrations, each a function of the (validated) schema name.
 * Each migration is a list of statements (one per query, as PGlite's
 * extended protocol requires). Migration `i` takes the schema from version `i` to `i + 1`. Never edit a released migration: add one.
 */
export const MIGRATIONS: readonly ((schema: string) => readonly string[])[] = [
  (s) => [
    `
  -- Which tenant owns a stream, and its head: the version and hash the next append chains to.
  -- (Schema version 1, as 0.1.0 wrote it: a stream id was unique in the schema.)
  CREATE TABLE "${s}".streams (
    stream_id text PRIMARY KEY,
    tenant_id text NOT NULL,
    version   integer NOT NULL CHECK (version >= 1),
    last_hash text NOT NULL
  )`,
    `
  -- Every event. position comes from an identity sequence; transaction_id is the writing
  -- transaction's id, taken together with the position (see writeStatements.ts): readers return only rows
  -- of transactions older than any still running, so positions become visible in increasing order.
  CREATE TABLE "${s}".events (
    position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    event_id       text NOT NULL UNIQUE,
    tenant_id      text NOT NULL,
    -- Checked at commit: an append writes its events before its stream row (see writeStatements.ts).
    stream_id      text NOT NULL REFERENCES "${s}".streams (stream_id) DEFERRABLE INITIALLY DEFERRED,
    stream_version integer NOT NULL CHECK (stream_version >= 1),
    type           text NOT NULL,
    schema_version integer NOT NULL,
    -- json, not jsonb: the text is kept as written, so it reads back byte-for-byte.
    data           json NOT NULL,
    metadata       json NOT NULL,
    prev_hash      text NOT NULL,
    hash           text NOT NULL,
    UNIQUE (tenant_id, stream_id, stream_version)
  )`,
    // A tenant's history in global order (readAll, subscribe, headPosition).
    `CREATE INDEX events_by_tenant_position ON "${s}".events (tenant_id, position)`,
    // A stream's events by version (readStream).
    `CREATE INDEX events_by_stream_version ON "${s}".events (stream_id, stream_version)`,
  ],
  (s) => [
    // A stream is identified by (tenant, stream id), and an event id is unique within its tenant:
    // the same ids in two tenants are two streams, two events. Rows stay as they are (positions,
    // versions, hashes: every chain verifies as before); only the keys change. The constraint names
    // are the ones PostgreSQL gave migration 1's.
    `ALTER TABLE "${s}".events DROP CONSTRAINT events_stream_id_fkey`,
    `ALTER TABLE "${s}".streams DROP CONSTRAINT streams_pkey`,
    `ALTER TABLE "${s}".streams ADD PRIMARY KEY (tenant_id, stream_id)`,
    `ALTER TABLE "${s}".events DROP CONSTRAINT events_event_id_key`,
    `ALTER TABLE "${s}".events ADD UNIQUE (tenant_id, event_id)`,
    `ALTER TABLE "${s}".events ADD FOREIGN KEY (tenant_id, stream_id)
       REFERENCES "${s}".streams (tenant_id, stream_id) DEFERRABLE INITIALLY DEFERRED`,
    // Stream reads now go by (tenant, stream, version): the unique key's index.
    `DROP INDEX "${s}".events_by_stream_version`,
    // Every row is committed by now (the ALTERs above waited for the appends in flight, and hold
    // the table until this migration commits). Rows whose transaction id is not below the oldest
    // running one would stay hidden from tenant reads until the server's ids pass theirs — as after
    // restoring a dump taken on another server, whose transaction ids are that server's. Their
    // order is their positions', so they are marked final, with the lowest transaction id.
    `UPDATE "${s}".events SET transaction_id = '0'
       WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())`,
  ],
  (s) => [
    // An event's personal fields (salt and digest by JSON Pointer, or the digest and who erased it),
    // not covered by its hash; NULL for an event without personal values and every older event.
    `ALTER TABLE "${s}".events ADD COLUMN personal json`,
  ],
  (s) => [
    // Two of the events table's per-row costs at write time go. The foreign key to streams was
    // checked at commit once per event (a lookup and a row lock each: about a quarter of the
    // server's time in a 100-event append); the store writes an append's events and its stream
    // head in one statement, and `readStreamHeads` with `checkStreamHeads` reports a head missing
    // or left without events, so the check adds nothing an append relies on.
    `ALTER TABLE "${s}".events DROP CONSTRAINT events_tenant_id_stream_id_fkey`,
    // The key on position alone and the (tenant, position) index become one key, (tenant,
    // position): tenant reads use it as they used the index, and positions stay unique, drawn from
    // the identity sequence. One index fewer for every event written.
    `ALTER TABLE "${s}".events DROP CONSTRAINT events_pkey`,
    `ALTER TABLE "${s}".events ADD PRIMARY KEY (tenant_id, position)`,
    `DROP INDEX "${s}".events_by_tenant_position`,
  ],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the schema to the current version in one transaction, under an advisory lock so that
 * processes starting together migrate once. A schema from a newer version is refused untouched.
 */
export const migrate = async (connector: Connector, schema: string): Promise<Either<SchemaTooNew, number>> => {
  const session = await connector.connect();
  try {
    await session.query('BEGIN');
    await session.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`mgmt-review:migrate:${schema}`]);
    await session.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await session.query(
      `CREATE TABLE IF NOT EXISTS "${schema}".schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const rows = await session.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM "${schema}".schema_migrations`,
    );
    const found = rows.rows[0]?.version ?? 0;
    if (found > SCHEMA_VERSION) {
      await session.query('ROLLBACK');
      return left({
        _tag: 'SchemaTooNew',
        schema,
        found,
        supported: SCHEMA_VERSION,
        message: `schema "${schema}" has event store schema version ${found}, newer than version ${SCHEMA_VERSION} that this version of @mgmt-review/store-postgres knows: upgrade the package to use it`,
      });
    }
    for (let version = found; version < SCHEMA_VERSION; version++) {
      for (const statement of MIGRATIONS[version]!(schema)) await session.query(statement);
      await session.query(`INSERT INTO "${schema}".schema_migrations (version) VALUES ($1)`, [version + 1]);
    }
    await session.query('COMMIT');
    return right(SCHEMA_VERSION);
  } catch (error) {
    await session.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    session.release();
  }
};

/** The schema version recorded in a schema (0 when it has none), for tests and administration. */
export const schemaVersionOf = async (connector: Connector, schema: string): Promise<number> => {
  const rows = await queryOnce<{ version: number | null }>(
    connector,
    `SELECT max(version) AS version FROM "${schema}".schema_migrations`,
  );
  return rows[0]?.version ?? 0;
};
