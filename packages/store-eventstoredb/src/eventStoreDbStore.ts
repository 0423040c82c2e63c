import { EventStoreDBClient } from '@eventstore/db-client';
import {
  type Clock,
  type EventRegistry,
  type EventStore,
  eraseUnsupported,
  headsFromHistory,
  type IdGenerator,
  systemClock,
  type TenantEventStore,
  uuidV7Ids,
} from '@mgmt-review/eventsourcing';
import { appendToTenantStream } from './append.js';
import type { StoreContext } from './context.js';
import { lastEsdbEventWithPrefix } from './esdbReads.js';
import { globalPositionOf } from './positions.js';
import { streamNames } from './streamNames.js';
import { listTenants } from './tenantList.js';
import { readTenantHistory, readTenantStream } from './tenantReads.js';
import { subscribeTenant } from './tenantSubscription.js';

interface CommonOptions {
  readonly registry: EventRegistry;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  /**
   * Keeps this store's streams apart from others on the same server (other applications, test
   * runs): every stream name starts with `<namespace>:`. Defaults to none.
   */
  readonly namespace?: string;
  /** How many times an append starts again after another writer moved the stream (default 10). */
  readonly maxAppendAttempts?: number;
}

/** Options of {@link createEventStoreDbEventStore}: a connection string, or a client you built. */
export type EventStoreDbEventStoreOptions = CommonOptions &
  (
    | {
        /**
         * `esdb://host:2113?tls=false`, or a cluster string (`esdb+discover://…`); the client's own
         * options (`tls`, `tlsVerifyCert`, `keepAliveInterval`, `defaultDeadline`, `nodePreference`,
         * credentials `user:pass@`…) pass through in it. The store owns this client and disposes it.
         */
        readonly connectionString: string;
      }
    | {
        /** A client built by the host (e.g. with certificates); the host disposes it. */
        readonly client: EventStoreDBClient;
      }
  );

/**
 * Why this store cannot erase: EventStoreDB keeps an event's data and metadata immutable (a
 * stream can be truncated or deleted and scavenged, not one field of one event rewritten). Docs:
 * docs/privacy-format.md, "EventStoreDB".
 */
export const ESDB_ERASURE_UNSUPPORTED =
  'EventStoreDB keeps every event immutable: a field of a stored event cannot be rewritten, so personal data in it cannot be erased in place';

const tenantStore = (ctx: StoreContext, tenantId: string): TenantEventStore => {
  const prefix = ctx.names.tenantPrefix(tenantId);
  return {
    tenantId,
    append: (streamId, events, options) => appendToTenantStream(ctx, tenantId, streamId, events, options),
    readStream: (streamId, options = {}) => readTenantStream(ctx, tenantId, streamId, options),
    readAll: (options = {}) => readTenantHistory(ctx, tenantId, options),
    subscribe: (options = {}) => subscribeTenant(ctx, tenantId, options),
    headPosition: async () => {
      const last = await lastEsdbEventWithPrefix(ctx.client, prefix);
      return last === undefined ? 0n : globalPositionOf(last.position);
    },
    // EventStoreDB keeps no head apart from the events: a stream's head IS its last event, so the
    // heads are read off the tenant's history and always match it.
    readStreamHeads: (options = {}) => headsFromHistory(readTenantHistory(ctx, tenantId, {}), options.batchSize),
    erase: eraseUnsupported(ESDB_ERASURE_UNSUPPORTED),
  };
};

/**
 * An event store on EventStoreDB (20+, with 23.10+ needed for `readAll`) or KurrentDB, through
 * `@eventstore/db-client` 6.x. Each tenant's stream `<streamId>` is the EventStoreDB stream
 * `[<namespace>:]<tenant>.<streamId>`; `readAll` and `subscribe` are catch-up subscriptions to `$all`
 * with a server-side stream-name prefix filter for the tenant; global positions are `$all` commit
 * positions. See docs/eventstoredb.md.
 */
export const createEventStoreDbEventStore = (options: EventStoreDbEventStoreOptions): EventStore => {
  const ownsClient = 'connectionString' in options;
  const client = ownsClient ? EventStoreDBClient.connectionString(options.connectionString) : options.client;
  const ctx: StoreContext = {
    client,
    names: streamNames(options.namespace),
    registry: options.registry,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? uuidV7Ids,
    maxAppendAttempts: options.maxAppendAttempts ?? 10,
    recordedTenants: new Set(),
  };
  return {
    forTenant: (tenantId) => {
      if (typeof tenantId !== 'string' || tenantId === '') {
        throw new TypeError('forTenant: a non-empty tenant id is required');
      }
      return tenantStore(ctx, tenantId);
    },
    tenants: () => listTenants(ctx),
    close: async () => {
      if (ownsClient) await client.dispose();
    },
  };
};
