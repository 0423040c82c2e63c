import type { Either } from 'fp-ts/lib/Either.js';
import type { Observable } from 'rxjs';
import type { GlobalPosition, NewEvent, StoredEvent } from './envelope.js';
import type { AppendError, ReadError } from './errors.js';
import type { ExpectedVersion } from './expectedVersion.js';
import type { EraseError, EraseRequest, ErasureResult } from './privacy/erasure.js';
import type { StreamHead } from './sealing.js';

/** How an append checks the stream first. */
export interface AppendOptions {
  /** Defaults to `'any'`. */
  readonly expectedVersion?: ExpectedVersion;
  /**
   * The stream's head as the writer read it before deciding: its last version and the hash of its
   * last event (`EMPTY_HEAD` for a stream with no events). An expectation of its own: the append is
   * refused with `VersionConflict` unless the stream's head is exactly this one. It lets a store
   * seal the events before it talks to its storage and write them in one round trip. Must agree
   * with `expectedVersion` when both are given.
   */
  readonly knownHead?: StreamHead;
}

/** What an append wrote (or, for a retried append, what was written before). */
export interface AppendResult {
  /** The events as stored (or as stored earlier, when `duplicate`). */
  readonly events: readonly StoredEvent[];
  /** The stream's version after the append. */
  readonly streamVersion: number;
  /** The global position of the last event appended (the tenant's head position when nothing was appended). */
  readonly globalPosition: GlobalPosition;
  /** True when every event id was already in the stream: a retried append, written once. */
  readonly duplicate: boolean;
}

/** Which events of a stream to read, by version. */
export interface ReadStreamOptions {
  /** First version to read (inclusive). Forwards: defaults to 1; backwards: to the last version. */
  readonly from?: number;
  /** Last version to read (inclusive). Forwards: defaults to the last version; backwards: to 1. */
  readonly to?: number;
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

/** Where a read of a tenant's history starts, and how large its batches are. */
export interface ReadAllOptions {
  /** Read events strictly after this position (a checkpoint). Defaults to the beginning. */
  readonly after?: GlobalPosition;
  /** Events per batch; defaults to 1,000. */
  readonly batchSize?: number;
}

/** How large the batches of `readStreamHeads` are. */
export interface ReadStreamHeadsOptions {
  /** Heads per batch; defaults to 1,000. */
  readonly batchSize?: number;
}

/**
 * What a store keeps of a stream besides its events: its version and the hash of its last event, as
 * appends check them. Reading them lets verification compare them with the events themselves.
 */
export interface StoredStreamHead extends StreamHead {
  readonly streamId: string;
}

/** Where a subscription starts. */
export interface SubscribeOptions {
  /** Deliver events strictly after this position; defaults to the beginning. */
  readonly after?: GlobalPosition;
}

/**
 * One tenant's view of a store. Every call is scoped to the tenant: a stream is identified by
 * (tenant, stream id) and event ids are unique within the tenant, so the same ids in another tenant
 * are other streams and other events. A stream id only another tenant has written reads as an empty
 * stream, and appending to it creates this tenant's own; `readAll`/`subscribe` never yield another
 * tenant's events, and no error names another tenant.
 */
export interface TenantEventStore {
  readonly tenantId: string;
  /**
   * Appends events to a stream, atomically: all or none. Payloads are validated by the store's
   * registry; the store stamps `recordedAt`, assigns versions and positions, and seals the hash chain.
   */
  append(
    streamId: string,
    events: readonly NewEvent[],
    options?: AppendOptions,
  ): Promise<Either<AppendError, AppendResult>>;
  /** Reads a stream's events as stored. A stream with no events reads as `[]`. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<Either<ReadError, readonly StoredEvent[]>>;
  /** Reads the tenant's events in global order, in batches. Fails by throwing (storage errors only). */
  readAll(options?: ReadAllOptions): AsyncIterable<readonly StoredEvent[]>;
  /**
   * The tenant's events from a position: first those already stored (catch-up), then each new one as
   * it is committed (live). Every event is delivered once, in global order, with no gap.
   */
  subscribe(options?: SubscribeOptions): Observable<StoredEvent>;
  /** The global position of the tenant's last event, `0n` when it has none. */
  headPosition(): Promise<GlobalPosition>;
  /**
   * The heads the store keeps for the tenant's streams, in batches, in no promised order: as stored,
   * with no check against the events. Fails by throwing (storage errors only).
   */
  readStreamHeads(options?: ReadStreamHeadsOptions): AsyncIterable<readonly StoredStreamHead[]>;
  /**
   * Erases personal fields of one of the tenant's events, atomically: the values are replaced by
   * their placeholder, their salts removed, and an `ErasureRecorded` event appended to the tenant's
   * `privacy-log` stream, all or none. The event's hash and the chain stay as they were. A refusal
   * (see `EraseError`) changes nothing; a store that keeps events immutable returns
   * `ErasureUnsupported`.
   */
  erase(request: EraseRequest): Promise<Either<EraseError, ErasureResult>>;
}

/** A store shared by tenants. Nothing is read or written but through `forTenant`. */
export interface EventStore {
  forTenant(tenantId: string): TenantEventStore;
  /** The tenants that have at least one event (for administration: verify, export). */
  tenants(): Promise<readonly string[]>;
  close(): Promise<void>;
}

/** Events per batch of `readAll` when not given. */
export const DEFAULT_BATCH_SIZE = 1000;
