import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { type Clock, type EventStore, uuidV7Ids } from '@mgmt-review/eventsourcing';
import { createPostgresEventStore } from '@mgmt-review/store-postgres';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createService } from './http/service.js';
import { createReadModels, type ReadModels } from './readModels/readModels.js';

export interface HostOptions {
  readonly connectionString: string;
  /** The event store's schema (store-postgres), default `mgmt_review`. */
  readonly storeSchema?: string;
  /** The host's own tables (read models and checkpoints), default `host_read_models`. */
  readonly readModelSchema?: string;
  readonly clock: Clock;
}

/** The host: one pool, the event store in its schema, the read models in the host's, and the service. */
export interface Host {
  readonly app: FastifyInstance;
  readonly store: EventStore;
  readonly readModels: ReadModels;
  readonly facade: ReturnType<typeof createManagementReview>;
  readonly pool: pg.Pool;
  /** Stops the service and the runners (each saving its checkpoint), then closes the store and the pool. */
  close(): Promise<void>;
}

export const startHost = async (options: HostOptions): Promise<Host> => {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 10 });
  const store = await createPostgresEventStore({
    pool,
    schema: options.storeSchema ?? 'mgmt_review',
    registry: domainRegistry,
    clock: options.clock,
  });
  const readModels = await createReadModels({
    pool,
    store,
    schema: options.readModelSchema ?? 'host_read_models',
    clock: options.clock,
  });
  const facade = createManagementReview({ store, clock: options.clock, ids: uuidV7Ids });
  const app = await createService({ facade, store, readModels, clock: options.clock });
  return {
    app,
    store,
    readModels,
    facade,
    pool,
    close: async () => {
      await app.close();
      await readModels.stop();
      await store.close();
      await pool.end();
    },
  };
};
