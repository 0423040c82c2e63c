import { type ForeignStream, type StoreUnavailable, storeUnavailable } from '@mgmt-review/eventsourcing';

/** The stream id belongs to another tenant: nothing of it is read or written. */
export const foreignStream = (streamId: string, tenantId: string): ForeignStream => ({
  _tag: 'ForeignStream',
  streamId,
  tenantId,
  message: `stream ${streamId} does not belong to tenant ${tenantId}`,
});

/** The server could not be reached or refused the call; the client's error is kept as the cause. */
export const serverFailed = (what: string, error: unknown): StoreUnavailable =>
  storeUnavailable(`EventStoreDB ${what} failed: ${error instanceof Error ? error.message : String(error)}`, error);
