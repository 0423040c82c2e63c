import type { EventStoreDBClient } from '@eventstore/db-client';
import type { Clock, EventRegistry, IdGenerator } from '@mgmt-review/eventsourcing';
import type { StreamNames } from './streamNames.js';

/** What every operation of the store works with. */
export interface StoreContext {
  readonly client: EventStoreDBClient;
  readonly names: StreamNames;
  readonly registry: EventRegistry;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** How many times an append re-reads and re-seals after another writer moved the stream. */
  readonly maxAppendAttempts: number;
  /** The tenants this store has recorded (or found recorded) as having streams: see tenantList.ts. */
  readonly recordedTenants: Set<string>;
}
