import pg from 'pg';
import { binaryParameters, plainParameters } from './arrayParameters.js';

/**
 * One connection, borrowed for a transaction or a query. Parameters are strings, numbers, null, or
 * an `ArrayParameter` for an array (sent in the form each driver takes cheapest, see arrayParameters.ts).
 */
export interface Session {
  query<R>(text: string, values?: readonly unknown[]): Promise<{ readonly rows: R[] }>;
  /**
   * Runs a statement the store sends often, parsed and planned once per connection under `name`
   * where the driver keeps prepared statements (pg), as a plain query otherwise. One round trip.
   */
  prepared<R>(name: string, text: string, values: readonly unknown[]): Promise<{ readonly rows: R[] }>;
  /**
   * Runs statements without parameters in one round trip where the driver can (pg's simple query
   * protocol), one after the other otherwise; resolves with the rows of each, in order.
   */
  script(statements: readonly string[]): Promise<readonly { readonly rows: unknown[] }[]>;
  /** Returns the connection; pass the error that broke it so a pool discards it. */
  release(broken?: Error): void;
}

/** Where sessions come from: a `pg` pool, or a single embedded PGlite database. */
export interface Connector {
  connect(): Promise<Session>;
  /** Ends what the store created itself (a pool built from a connection string); a host's pool stays open. */
  end(): Promise<void>;
  /** Whether several sessions really run at once (false for PGlite: one connection, taken in turns). */
  readonly concurrent: boolean;
  /** A new connection of its own, outside the pool (for LISTEN); undefined for PGlite. */
  readonly dedicatedClient?: () => pg.Client;
}

/** The part of PGlite the store uses (so the store does not depend on the package). */
export interface PgliteDatabase {
  query<R>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export const poolConnector = (pool: pg.Pool, owned: boolean): Connector => ({
  concurrent: true,
  dedicatedClient: () => new pg.Client(pool.options),
  connect: async () => {
    const client = await pool.connect();
    // A pool of pg-native clients (`new pg.native.Pool()`) sends parameters through libpq as text.
    const parameters = 'native' in client ? plainParameters : binaryParameters;
    return {
      query: async <R>(text: string, values?: readonly unknown[]) =>
        (await client.query(text, values === undefined ? undefined : parameters(values))) as unknown as { rows: R[] },
      prepared: async <R>(name: string, text: string, values: readonly unknown[]) =>
        (await client.query({ name, text, values: parameters(values) })) as unknown as { rows: R[] },
      script: async (statements: readonly string[]) => {
        const results = (await client.query(statements.join(';\n'))) as unknown as
          | { rows: unknown[] }
          | { rows: unknown[] }[];
        return Array.isArray(results) ? results : [results];
      },
      release: (broken) => client.release(broken),
    };
  },
  end: async () => {
    if (owned) await pool.end();
  },
});

/** The turn queue of each PGlite database, shared by every store opened on it. */
const turns = new WeakMap<PgliteDatabase, Promise<void>>();

/**
 * PGlite is one connection: sessions take turns (across every store on the same database), so a
 * transaction never interleaves with another caller's statements.
 */
export const pgliteConnector = (db: PgliteDatabase): Connector => ({
  concurrent: false,
  connect: async () => {
    let done: () => void = () => {};
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    const previous = turns.get(db) ?? Promise.resolve();
    turns.set(
      db,
      previous.then(() => mine),
    );
    await previous;
    let released = false;
    const query = <R>(text: string, values?: readonly unknown[]) =>
      db.query<R>(text, values === undefined ? undefined : plainParameters(values));
    return {
      query,
      prepared: <R>(_name: string, text: string, values: readonly unknown[]) => query<R>(text, values),
      script: async (statements: readonly string[]) => {
        const results: { rows: unknown[] }[] = [];
        for (const statement of statements) results.push(await query<unknown>(statement));
        return results;
      },
      release: () => {
        if (released) return;
        released = true;
        done();
      },
    };
  },
  end: async () => {},
});

/** Runs one statement on a session of its own. */
export const queryOnce = async <R>(
  connector: Connector,
  text: string,
  values?: readonly unknown[],
): Promise<readonly R[]> => {
  const session = await connector.connect();
  try {
    return (await session.query<R>(text, values)).rows;
  } finally {
    session.release();
  }
};

/**
 * A string as a SQL literal, for statements sent without parameters (scripts). The E'' form with
 * backslashes and quotes doubled reads the same whatever `standard_conforming_strings` says.
 */
export const literal = (value: string): string => `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
