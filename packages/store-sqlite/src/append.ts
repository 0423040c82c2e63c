import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  appended,
  atPosition,
  type CheckedAppend,
  checkAppend,
  EMPTY_HEAD,
  type NewEvent,
  nothingAppended,
  planAppend,
  type SealingDeps,
  type StoredEvent,
  storeUnavailable,
} from '@mgmt-review/eventsourcing';
import type Database from 'better-sqlite3';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { rowToEvent, toPosition } from './rows.js';
import { insertParameters, type Statements } from './statements.js';

export interface AppendDeps extends SealingDeps {
  readonly db: Database.Database;
  readonly statements: Statements;
}

/**
 * The store's I/O for one checked append, inside one IMMEDIATE transaction: SQLite's write lock is
 * held from the first read of the stream's head to the commit, so no other writer (in this process
 * or another) can slip between the kernel's version check and the write.
 */
const appendInTransaction = (deps: AppendDeps, append: CheckedAppend): Either<AppendError, AppendResult> => {
  const { statements } = deps;
  const { tenantId, streamId } = append;
  const stream = statements.streamHead.get(tenantId, streamId);
  const found = new Map<string, StoredEvent>();
  for (const eventId of append.eventIds) {
    const row = statements.eventById.get(tenantId, eventId);
    if (row !== undefined) found.set(eventId, rowToEvent(row));
  }
  const head = stream === undefined ? EMPTY_HEAD : { version: Number(stream.version), hash: stream.last_hash };
  const planned = planAppend(deps, append, { head, found });
  if (isLeft(planned)) return planned;
  const plan = planned.right;
  if (plan._tag === 'Retried') return right(plan.result);
  if (plan._tag === 'NothingToWrite') {
    const tenantHead = statements.tenantHead.get(tenantId)?.position ?? null;
    return right(nothingAppended(plan.streamVersion, tenantHead === null ? 0n : toPosition(tenantHead)));
  }
  const { last } = plan;
  if (plan.isNewStream) statements.insertStream.run(tenantId, streamId, last.streamVersion, last.hash);
  else statements.updateStream.run(last.streamVersion, last.hash, tenantId, streamId);
  const stored: StoredEvent[] = [];
  for (const event of plan.events) {
    const info = statements.insertEvent.run(insertParameters(event));
    stored.push(atPosition(event, toPosition(info.lastInsertRowid)));
  }
  return right(appended(stored));
};

/**
 * Appends atomically through the kernel's pipeline: its input checks first, the rest in the write
 * transaction. A storage failure (disk full, database busy beyond the timeout) rolls the whole
 * append back and is returned as `StoreUnavailable`.
 */
export const createAppender = (deps: AppendDeps) => {
  const transaction = deps.db.transaction(appendInTransaction);
  return (
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions | undefined,
  ): Either<AppendError, AppendResult> => {
    const checked = checkAppend(tenantId, streamId, events, options);
    if (isLeft(checked)) return checked;
    try {
      return transaction.immediate(deps, checked.right);
    } catch (error) {
      return left(storeUnavailable(`SQLite append to ${streamId} failed: ${(error as Error).message}`, error));
    }
  };
};
