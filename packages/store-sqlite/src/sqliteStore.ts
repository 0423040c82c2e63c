import {
  type Clock,
  DEFAULT_BATCH_SIZE,
  type EventRegistry,
  type EventStore,
  type IdGenerator,
  type ReadAllOptions,
  type ReadStreamHeadsOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  storeUnavailable,
  systemClock,
  type TenantEventStore,
  uuidV7Ids,
  validateStreamId,
} from '@mgmt-review/eventsourcing';
import Database from 'better-sqlite3';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { Subject } from 'rxjs';
import { createAppender } from './append.js';
import { BACKSTOP_PAGES, type Checkpointer, INLINE_PAGES, startCheckpointer } from './checkpointer.js';
import { createEraser } from './erase.js';
import { type SqliteOpenError, SqliteOpenFailed, StoredRowUnreadable } from './errors.js';
import { migrate } from './migrations.js';
import { rowToEvent, toPosition } from './rows.js';
import { prepareStatements } from './statements.js';
import { subscribeTenant } from './subscription.js';

export interface SqliteEventStoreOptions {
  /** A file path, or `':memory:'` for a private in-memory database. */
  readonly path: string;
  readonly registry: EventRegistry;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /**
   * Subscriptions also poll the file this often. Needed only to see appends made by another process
   * (or another store opened on the same file): appends made through this store reach its
   * subscribers right after they commit. Off by default.
   */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another process's write lock before `StoreUnavailable`. Default 5,000 ms. */
  readonly busyTimeoutMs?: number;
  /**
   * `'full'` (the default) syncs the write-ahead log on every commit: an acknowledged append survives
   * a power loss. `'normal'` syncs at checkpoints only: an acknowledged append survives a crash of
   * the process but may be lost with the machine's power. Both keep the file consistent.
   */
  readonly synchronous?: 'full' | 'normal';
  /**
   * Who checkpoints the write-ahead log into the database file. `'background'` (the default for a
   * file): a worker thread with its own connection, shortly after appends, so no append waits for
   * a checkpoint's copying and syncs; the writer still checkpoints itself past 16 MB of log, so the
   * log stays bounded. `'inline'`: SQLite's default, the append whose commit fills the log past
   * 1,000 pages runs the checkpoint. The same durability either way.
   */
  readonly checkpoints?: 'background' | 'inline';
}

const UNBOUNDED = Number.MAX_SAFE_INTEGER;

const configure = (db: Database.Database, options: SqliteEventStoreOptions) => {
  if (options.path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  // An erasure rewrites a row: the old bytes are zeroed in the page rather than left in free space,
  // so a checkpoint alone removes erased text from the file (appends free nothing, so cost nothing).
  db.pragma('secure_delete = ON');
};

/**
 * Opens (creating it if needed) an event store in a SQLite file, applying schema migrations.
 * Returns `SchemaTooNew` for a file written by a newer version of this package, untouched.
 */
export const openSqliteEventStore = (options: SqliteEventStoreOptions): Either<SqliteOpenError, EventStore> => {
  let db: Database.Database;
  try {
    db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    configure(db, options);
  } catch (cause) {
    return left({
      _tag: 'StoreOpenFailed',
      path: options.path,
      message: `cannot open ${options.path} as an event store: ${(cause as Error).message}`,
      cause,
    });
  }
  try {
    const migrated = migrate(db, options.path);
    if (isLeft(migrated)) {
      db.close();
      return migrated;
    }
  } catch (cause) {
    db.close();
    return left({
      _tag: 'StoreOpenFailed',
      path: options.path,
      message: `cannot migrate ${options.path}: ${(cause as Error).message}`,
      cause,
    });
  }
  return right(storeOn(db, options));
};

/** Like `openSqliteEventStore`, for hosts without fp-ts: throws `SqliteOpenFailed` instead of a `Left`. */
export const createSqliteEventStore = (options: SqliteEventStoreOptions): EventStore => {
  const opened = openSqliteEventStore(options);
  if (isLeft(opened)) throw new SqliteOpenFailed(opened.left);
  return opened.right;
};

/** The background checkpointer of a file store, or none (an in-memory database, or `checkpoints: 'inline'`). */
const checkpointerFor = (db: Database.Database, options: SqliteEventStoreOptions): Checkpointer | undefined => {
  if (options.path === ':memory:' || options.checkpoints === 'inline') return undefined;
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return startCheckpointer(options.path, options.synchronous === 'normal' ? 'NORMAL' : 'FULL', () => {
    // Back to SQLite's own checkpoints: the log stays as small as without the worker.
    if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
  });
};

const storeOn = (db: Database.Database, options: SqliteEventStoreOptions): EventStore => {
  const statements = prepareStatements(db);
  const checkpointer = checkpointerFor(db, options);
  const deps = {
    db,
    statements,
    registry: options.registry,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuidV7Ids,
  };
  const append = createAppender(deps);
  const erase = createEraser({ ...deps, append });
  const committed = new Subject<string>();
  const closing = new Subject<void>();
  let closed = false;
  const wrote = (tenantId: string) => {
    checkpointer?.noteWrite();
    committed.next(tenantId);
  };

  const readAfter =
    (tenantId: string, size: number) =>
    (after: bigint): StoredEvent[] =>
      statements.tenantAfter.all(tenantId, after, size).map(rowToEvent);

  const forTenant = (tenantId: string): TenantEventStore => {
    if (typeof tenantId !== 'string' || tenantId === '') {
      throw new TypeError('forTenant: a non-empty tenant id is required');
    }
    return {
      tenantId,
      append: async (streamId, events, appendOptions) => {
        const result = append(tenantId, streamId, events, appendOptions);
        if (result._tag === 'Right' && result.right.events.length > 0 && !result.right.duplicate) wrote(tenantId);
        return result;
      },
      readStream: async (streamId, read: ReadStreamOptions = {}) => {
        const valid = validateStreamId(streamId);
        if (isLeft(valid)) return valid;
        // The same meaning as the kernel's selectVersions: bounds inclusive and clamped to the stream.
        const limit = Math.max(0, Math.ceil(read.maxCount ?? UNBOUNDED));
        const rows =
          read.direction === 'backwards'
            ? statements.streamBackwards.all(
                tenantId,
                streamId,
                Math.max(read.to ?? 1, 1),
                read.from ?? UNBOUNDED,
                limit,
              )
            : statements.streamForwards.all(
                tenantId,
                streamId,
                Math.max(read.from ?? 1, 1),
                read.to ?? UNBOUNDED,
                limit,
              );
        try {
          return right(rows.map(rowToEvent));
        } catch (error) {
          if (!(error instanceof StoredRowUnreadable)) throw error;
          return left(storeUnavailable(error.message, error));
        }
      },
      readAll: (read: ReadAllOptions = {}) => ({
        async *[Symbol.asyncIterator]() {
          const next = readAfter(tenantId, read.batchSize ?? DEFAULT_BATCH_SIZE);
          let after = read.after ?? 0n;
          for (;;) {
            const batch = next(after);
            if (batch.length === 0) return;
            after = batch.at(-1)!.globalPosition;
            yield batch;
          }
        },
      }),
      subscribe: (subscribe: SubscribeOptions = {}) =>
        subscribeTenant(
          {
            tenantId,
            readAfter: readAfter(tenantId, DEFAULT_BATCH_SIZE),
            committed,
            pollIntervalMs: options.pollIntervalMs,
            closing,
          },
          subscribe.after ?? 0n,
        ),
      headPosition: async () => {
        const head = statements.tenantHead.get(tenantId)?.position ?? null;
        return head === null ? 0n : toPosition(head);
      },
      erase: async (request) => {
        const result = erase(tenantId, request);
        if (result._tag === 'Right') wrote(tenantId);
        return result;
      },
      readStreamHeads: (read: ReadStreamHeadsOptions = {}) => ({
        // Keyset batches by stream id: each batch is one indexed range read of the `streams` table.
        async *[Symbol.asyncIterator]() {
          const size = read.batchSize ?? DEFAULT_BATCH_SIZE;
          let after = '';
          for (;;) {
            const rows = statements.streamHeadsAfter.all(tenantId, after, size);
            if (rows.length === 0) return;
            after = rows.at(-1)!.stream_id;
            yield rows.map((row) => ({ streamId: row.stream_id, version: Number(row.version), hash: row.last_hash }));
          }
        },
      }),
    };
  };

  return {
    forTenant,
    tenants: async () => statements.tenants.all().map((row) => row.tenant_id),
    close: async () => {
      if (closed) return;
      closed = true;
      closing.next();
      closing.complete();
      committed.complete();
      // The worker's connection closes first, so this one is the file's last: SQLite then
      // checkpoints the whole log and removes it.
      await checkpointer?.stop();
      db.close();
    },
  };
};
