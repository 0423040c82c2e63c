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
