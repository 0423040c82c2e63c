import type Database from 'better-sqlite3';
import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { SchemaTooNew } from './errors.js';

/**
 * The schema, as an ordered list of migrations. Migration `i` (0-based) takes the file from schema
 * version `i` to `i + 1`; the version is kept in SQLite's `user_version`. Never edit a released
 * migration: add one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- Which tenant owns a stream, and its head: the version and hash the next append chains to.
  -- (Schema version 1, as 0.1.0 wrote it: a stream id was unique in the file.)
  CREATE TABLE streams (
    stream_id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    last_hash TEXT NOT NULL
  ) WITHOUT ROWID;

  -- Every event. position is the rowid (AUTOINCREMENT: never reused, even after a rollback of the
  -- last rows), so it increases in commit order: SQLite has one writer at a time.
  CREATE TABLE events (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id       TEXT NOT NULL UNIQUE,
    tenant_id      TEXT NOT NULL,
    stream_id      TEXT NOT NULL REFERENCES streams (stream_id),
    stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
    type           TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    data           TEXT NOT NULL,
    metadata       TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL,
    UNIQUE (tenant_id, stream_id, stream_version)
  );

  -- A tenant's history in global order (readAll, subscribe, headPosition). A stream's events by
  -- version (readStream) use the unique (tenant_id, stream_id, stream_version) index.
  CREATE INDEX events_by_tenant_position ON events (tenant_id, position);
  `,
  `
  -- A stream is identified by (tenant, stream id), and an event id is unique within its tenant: the
  -- same ids in two tenants are two streams, two events. SQLite cannot change a key in place, so both
  -- tables are rebuilt, every row copied as it is (positions, versions, hashes: every chain verifies
  -- as before). The order keeps the foreign key satisfied at every step, with foreign keys on.
  CREATE TABLE streams_v2 (
    tenant_id TEXT NOT NULL,
    stream_id TEXT NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    last_hash TEXT NOT NULL,
    PRIMARY KEY (tenant_id, stream_id)
  ) WITHOUT ROWID;
  INSERT INTO streams_v2 (tenant_id, stream_id, version, last_hash)
    SELECT tenant_id, stream_id, version, last_hash FROM streams;

  CREATE TABLE events_v2 (
    position       INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id       TEXT NOT NULL,
    tenant_id      TEXT NOT NULL,
    stream_id      TEXT NOT NULL,
    stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
    type           TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    data           TEXT NOT NULL,
    metadata       TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL,
    UNIQUE (tenant_id, event_id),
    UNIQUE (tenant_id, stream_id, stream_version),
    FOREIGN KEY (tenant_id, stream_id) REFERENCES streams_v2 (tenant_id, stream_id)
  );
  INSERT INTO events_v2 (position, event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash)
    SELECT position, event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash
    FROM events ORDER BY position;
  -- Positions are never reused: the new table's counter goes on from the old one's.
  UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0))
    WHERE name = 'events_v2';

  DROP TABLE events;
  DROP TABLE streams;
  ALTER TABLE streams_v2 RENAME TO streams;
  ALTER TABLE events_v2 RENAME TO events;
  CREATE INDEX events_by_tenant_position ON events (tenant_id, position);
  `,
  `
  -- An event's personal fields (JSON: salt and digest by JSON Pointer, or the digest and who erased
  -- it), not covered by its hash; NULL for an event without personal values and every older event.
  ALTER TABLE events ADD COLUMN personal TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the file to the current schema, each migration in its own transaction. A file from a
 * newer schema is refused untouched.
 */
export const migrate = (db: Database.Database, path: string): Either<SchemaTooNew, number> => {
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > SCHEMA_VERSION) {
    return left({
      _tag: 'SchemaTooNew',
      path,
      found,
      supported: SCHEMA_VERSION,
      message: `${path} has event store schema version ${found}, newer than version ${SCHEMA_VERSION} that this version of @mgmt-review/store-sqlite knows: upgrade the package to open it`,
    });
  }
  for (let version = found; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return right(SCHEMA_VERSION);
};
