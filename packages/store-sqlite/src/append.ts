import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  atPosition,
  type Clock,
  checkExpectedVersion,
  checkNewEvents,
  classifyRetry,
  EMPTY_HEAD,
  type EventRegistry,
  foreignStream,
  type IdGenerator,
  type NewEvent,
  type StoredEvent,
  sealEvents,
  storeUnavailable,
  validateStreamId,
} from '@mgmt-review/eventsourcing';
import type Database from 'better-sqlite3';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { rowToEvent, toPosition } from './rows.js';
import type { Statements } from './statements.js';

export interface AppendDeps {
  readonly db: Database.Database;
  readonly statements: Statements;
  readonly registry: EventRegistry;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * The body of an append, run inside one IMMEDIATE transaction: SQLite's write lock is held from the
 * first read of the stream's head to the commit, so no other writer (in this process or another)
 * can slip between the version check and the write. The checks run in the same order as the
 * in-memory store's, so every store returns the same error for the same input.
 */
const appendInTransaction = (
  deps: AppendDeps,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Either<AppendError, AppendResult> => {
  const { statements } = deps;
  const stream = statements.streamHead.get(streamId);
  if (stream !== undefined && stream.tenant_id !== tenantId) return left(foreignStream(streamId, tenantId));
  const found = new Map<string, StoredEvent>();
  for (const event of events) {
    if (event.eventId === undefined) continue;
    const row = statements.eventById.get(event.eventId);
    if (row !== undefined) found.set(row.event_id, rowToEvent(row));
  }
  const retry = classifyRetry(streamId, events, found);
  if (isLeft(retry)) return retry;
  const currentVersion = stream === undefined ? 0 : Number(stream.version);
  if (retry.right !== 'new') {
    return right({
      events: retry.right,
      streamVersion: currentVersion,
      globalPosition: retry.right.at(-1)!.globalPosition,
      duplicate: true,
    });
  }
  const version = checkExpectedVersion(streamId, options.expectedVersion ?? 'any', currentVersion);
  if (isLeft(version)) return version;
  const head = stream === undefined ? EMPTY_HEAD : { version: currentVersion, hash: stream.last_hash };
  const sealed = sealEvents({
    registry: deps.registry,
    ids: deps.ids,
    tenantId,
    streamId,
    head,
    recordedAt: deps.clock.now(),
    events,
  });
  if (isLeft(sealed)) return sealed;
  if (sealed.right.length === 0) {
    const storeHead = statements.storeHead.get()?.position ?? null;
    return right({
      events: [],
      streamVersion: head.version,
      globalPosition: storeHead === null ? 0n : toPosition(storeHead),
      duplicate: false,
    });
  }
  const last = sealed.right.at(-1)!;
  if (stream === undefined) statements.insertStream.run(streamId, tenantId, last.streamVersion, last.hash);
  else statements.updateStream.run(last.streamVersion, last.hash, streamId);
  const stored: StoredEvent[] = [];
  for (const event of sealed.right) {
    const info = statements.insertEvent.run(
      event.eventId,
      tenantId,
      streamId,
      event.streamVersion,
      event.type,
      event.schemaVersion,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.prevHash,
      event.hash,
    );
    stored.push(atPosition(event, toPosition(info.lastInsertRowid)));
  }
  return right({
    events: stored,
    streamVersion: last.streamVersion,
    globalPosition: stored.at(-1)!.globalPosition,
    duplicate: false,
  });
};

/**
 * Appends atomically. Validation that needs no storage runs first; the rest runs in the write
 * transaction. A storage failure (disk full, database busy beyond the timeout) rolls the whole
 * append back and is returned as `StoreUnavailable`.
 */
export const createAppender = (deps: AppendDeps) => {
  const transaction = deps.db.transaction(appendInTransaction);
  return (
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Either<AppendError, AppendResult> => {
    const valid = validateStreamId(streamId);
    if (isLeft(valid)) return valid;
    const checked = checkNewEvents(events);
    if (isLeft(checked)) return checked;
    try {
      return transaction.immediate(deps, tenantId, streamId, events, options);
    } catch (error) {
      return left(storeUnavailable(`SQLite append to ${streamId} failed: ${(error as Error).message}`, error));
    }
  };
};
