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
  systemClock,
  type TenantEventStore,
  uuidV7Ids,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import pg from 'pg';
import { Subject } from 'rxjs';
import { createAppender } from './append.js';
import { type Connector, type PgliteDatabase, pgliteConnector, poolConnector } from './connection.js';
import { createEraser } from './erase.js';
import { type PostgresOpenError, PostgresOpenFailed } from './errors.js';
import { migrate } from './migrations.js';
import { createListener, createNotifier } from './notifications.js';
import { createReads } from './reads.js';
import { DEFAULT_SCHEMA, validateSchemaName } from './schemaName.js';
import { subscribeTenant } from './subscription.js';

/** Where the store's connections come from: exactly one of these. */
export type PostgresConnection =
  /** A host's pool: the store borrows connections and never ends it. */
  | { readonly pool: pg.Pool }
  /** The store makes its own pool (ended by `close()`). */
  | { readonly connectionString: string; readonly maxConnections?: number }
  /** An embedded PGlite database (development and tests): one connection, taken in turns. */
  | { readonly pglite: PgliteDatabase };

export type PostgresEventStoreOptions = PostgresConnection & {
  /** The schema that holds the tables, created if missing. Default `mgmt_review`. */
  readonly schema?: string;
  readonly registry: EventRegistry;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /**
   * How often a subscription with nothing to deliver looks for new events. Appends made through
   * this store wake its subscriptions at once, and appends by other processes through
   * LISTEN/NOTIFY; the poll is the safety net for a missed notification. Default 100 ms.
   */
  readonly pollIntervalMs?: number;
};

/** The connector for a connection option (internal: tests use it to look behind the store). */
export const connectorOf = (options: PostgresConnection): Connector => {
  if ('pool' in options) return poolConnector(options.pool, false);
  if ('pglite' in options) return pgliteConnector(options.pglite);
  return poolConnector(
    new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 }),
    true,
  );
};

/**
 * Opens an event store in a PostgreSQL schema, creating the schema and applying migrations.
 * Returns `SchemaTooNew` for a schema written by a newer version of this package, untouched.
 */
export const openPostgresEventStore = (
  options: PostgresEventStoreOptions,
): Promise<Either<PostgresOpenError, EventStore>> => openWithHooks(options, {});

/** What tests may hook into (not part of the public API). */
export interface StoreHooks {
  readonly beforeCommit?: (events: readonly StoredEvent[]) => Promise<void>;
}

/** `openPostgresEventStore` with test hooks. */
export const openWithHooks = async (
  options: PostgresEventStoreOptions,
  hooks: StoreHooks,
): Promise<Either<PostgresOpenError, EventStore>> => {
  const schema = validateSchemaName(options.schema ?? DEFAULT_SCHEMA);
  if (isLeft(schema)) return schema;
  const connector = connectorOf(options);
  try {
    const migrated = await migrate(connector, schema.right);
    if (isLeft(migrated)) {
      await connector.end();
      return migrated;
    }
  } catch (cause) {
    await connector.end().catch(() => undefined);
    return left({
      _tag: 'StoreOpenFailed',
      schema: schema.right,
      message: `cannot open the event store in schema "${schema.right}": ${(cause as Error).message}`,
      cause,
    });
  }
  return right(storeOn(connector, schema.right, options, hooks));
};

/** Like `openPostgresEventStore`, for hosts without fp-ts: rejects with `PostgresOpenFailed` instead of a `Left`. */
export const createPostgresEventStore = async (options: PostgresEventStoreOptions): Promise<EventStore> => {
  const opened = await openPostgresEventStore(options);
  if (isLeft(opened)) throw new PostgresOpenFailed(opened.left);
  return opened.right;
};

const storeOn = (
  connector: Connector,
  schema: string,
  options: PostgresEventStoreOptions,
  hooks: StoreHooks,
): EventStore => {
  const writing = {
    connector,
    schema,
    registry: options.registry,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuidV7Ids,
  };
  const append = createAppender({
    ...writing,
    ...(hooks.beforeCommit === undefined ? {} : { beforeCommit: hooks.beforeCommit }),
  });
  const erase = createEraser(writing);
  const committed = new Subject<string>();
  const closing = new Subject<void>();
  const listener = createListener(connector.dedicatedClient, schema, committed);
  const notifier = createNotifier(connector, schema);
  let closed = false;

  const { readAfter, readStream, headPosition, tenants, streamHeadsAfter } = createReads(connector, schema);

  const forTenant = (tenantId: string): TenantEventStore => {
    if (typeof tenantId !== 'string' || tenantId === '') {
      throw new TypeError('forTenant: a non-empty tenant id is required');
    }
    return {
      tenantId,
      append: async (streamId, events, appendOptions) => {
        const result = await append(tenantId, streamId, events, appendOptions);
        if (result._tag === 'Right' && result.right.events.length > 0 && !result.right.duplicate) {
          committed.next(tenantId);
          if (connector.concurrent) notifier.announce(tenantId);
        }
        return result;
      },
      readStream: (streamId, read: ReadStreamOptions = {}) => readStream(tenantId, streamId, read),
      readAll: (read: ReadAllOptions = {}) => ({
        async *[Symbol.asyncIterator]() {
          const next = readAfter(tenantId, read.batchSize ?? DEFAULT_BATCH_SIZE);
          let after = read.after ?? 0n;
          for (;;) {
            const batch = await next(after);
            if (batch.length === 0) return;
            after = batch.at(-1)!.globalPosition;
            yield batch;
          }
        },
      }),
      subscribe: (subscribe: SubscribeOptions = {}) => {
        listener.ensure();
        return subscribeTenant(
          {
            tenantId,
            readAfter: readAfter(tenantId, DEFAULT_BATCH_SIZE),
            committed,
            pollIntervalMs: options.pollIntervalMs ?? 100,
            closing,
          },
          subscribe.after ?? 0n,
        );
      },
      headPosition: () => headPosition(tenantId),
      erase: async (request) => {
        const result = await erase(tenantId, request);
        if (result._tag === 'Right') {
          committed.next(tenantId);
          if (connector.concurrent) notifier.announce(tenantId);
        }
        return result;
      },
      readStreamHeads: (read: ReadStreamHeadsOptions = {}) => ({
        async *[Symbol.asyncIterator]() {
          const next = streamHeadsAfter(tenantId, read.batchSize ?? DEFAULT_BATCH_SIZE);
          let after = '';
          for (;;) {
            const batch = await next(after);
            if (batch.length === 0) return;
            after = batch.at(-1)!.streamId;
            yield batch;
          }
        },
      }),
    };
  };

  return {
    forTenant,
    tenants,
    close: async () => {
      if (closed) return;
      closed = true;
      closing.next();
      closing.complete();
      await notifier.flush();
      await listener.close();
      committed.complete();
      await connector.end();
    },
  };
};
