import { domainRegistry } from '@mgmt-review/core';
import type { EventStore } from '@mgmt-review/eventsourcing';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';
import type { CliIo } from './io.js';

/** The options every command shares. */
export interface GlobalOptions {
  /** The SQLite file; created when missing. */
  readonly db: string;
  /** The tenant (organisation) every read and write is scoped to. */
  readonly tenant: string;
  /** Machine output: one JSON document on stdout instead of tables. */
  readonly json: boolean;
}

export const DEFAULT_DB = './mgmt-review.db';
export const DEFAULT_TENANT = 'acme';

export interface CliContext extends GlobalOptions {
  readonly io: CliIo;
  /** Opens the store once per command run; closed by the runner when the command ends. */
  readonly store: () => EventStore;
}

/**
 * A context whose store is opened lazily (so `--help` never touches the file) and closed at the end.
 * With `given`, every command reads and writes that store instead of the file (`--db` is only a
 * name then), and leaves it open: it belongs to whoever handed it in (a host, a test).
 */
export const createContext = (
  options: GlobalOptions,
  io: CliIo,
  given?: EventStore,
): CliContext & { close(): Promise<void> } => {
  if (given !== undefined) return { ...options, io, store: () => given, close: async () => {} };
  let store: EventStore | undefined;
  return {
    ...options,
    io,
    store: () => {
      store ??= createSqliteEventStore({ path: options.db, registry: domainRegistry });
      return store;
    },
    close: async () => {
      await store?.close();
      store = undefined;
    },
  };
};
