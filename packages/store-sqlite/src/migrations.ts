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
