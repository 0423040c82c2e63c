/** The schema was written by a newer version of this package: using it could corrupt it. */
export interface SchemaTooNew {
  readonly _tag: 'SchemaTooNew';
  readonly schema: string;
  readonly found: number;
  readonly supported: number;
  readonly message: string;
}

/** A schema name that is not a plain lower-case SQL identifier. */
export interface InvalidSchemaName {
  readonly _tag: 'InvalidSchemaName';
  readonly schema: string;
  readonly message: string;
}

/** The server could not be reached, or the migrations failed. */
export interface StoreOpenFailed {
  readonly _tag: 'StoreOpenFailed';
  readonly schema: string;
  readonly message: string;
  readonly cause?: unknown;
}

export type PostgresOpenError = SchemaTooNew | InvalidSchemaName | StoreOpenFailed;

/** What `createPostgresEventStore` throws when the store cannot be opened; `error` is the tagged value. */
export class PostgresOpenFailed extends Error {
  readonly error: PostgresOpenError;
  constructor(error: PostgresOpenError) {
    super(error.message);
    this.name = `PostgresOpenFailed(${error._tag})`;
    this.error = error;
  }
}
