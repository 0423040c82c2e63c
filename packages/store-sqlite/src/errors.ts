/** The file was written by a newer version of this package: opening it could corrupt it. */
export interface SchemaTooNew {
  readonly _tag: 'SchemaTooNew';
  readonly path: string;
  /** The schema version found in the file. */
  readonly found: number;
  /** The newest schema version this package knows. */
  readonly supported: number;
  readonly message: string;
}

/** The file could not be opened or migrated (missing directory, not a database, locked…). */
export interface StoreOpenFailed {
  readonly _tag: 'StoreOpenFailed';
  readonly path: string;
  readonly message: string;
  readonly cause?: unknown;
}

export type SqliteOpenError = SchemaTooNew | StoreOpenFailed;

/** What `createSqliteEventStore` throws when the store cannot be opened; `error` is the tagged value. */
export class SqliteOpenFailed extends Error {
  readonly error: SqliteOpenError;
  constructor(error: SqliteOpenError) {
    super(error.message);
    this.name = `SqliteOpenFailed(${error._tag})`;
    this.error = error;
  }
}

/**
 * A stored row whose `data` or `metadata` is not JSON (the file was edited or damaged behind the
 * store's back). Reads never turn it into an event: `readStream` returns it as `StoreUnavailable`
 * naming the row, `readAll` and subscriptions fail with this error.
 */
export class StoredRowUnreadable extends Error {
  override readonly name = 'StoredRowUnreadable';
  readonly position: bigint;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly column: 'data' | 'metadata' | 'personal';
  constructor(
    row: { position: bigint; streamId: string; streamVersion: number },
    column: 'data' | 'metadata' | 'personal',
    cause: Error,
  ) {
    super(
      `the stored event at position ${row.position} (${row.streamId} version ${row.streamVersion}) is unreadable: its ${column} is not JSON (${cause.message}); restore the file from a backup and run verifyHistory`,
      { cause },
    );
    this.position = row.position;
    this.streamId = row.streamId;
    this.streamVersion = row.streamVersion;
    this.column = column;
  }
}
