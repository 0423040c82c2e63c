import { type StoreUnavailable, storeUnavailable } from '@mgmt-review/eventsourcing';

/** The server could not be reached or refused the call; the client's error is kept as the cause. */
export const serverFailed = (what: string, error: unknown): StoreUnavailable =>
  storeUnavailable(`EventStoreDB ${what} failed: ${error instanceof Error ? error.message : String(error)}`, error);
