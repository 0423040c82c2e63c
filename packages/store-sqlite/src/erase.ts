import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  checkErasure,
  type EraseError,
  type EraseRequest,
  type ErasureDeps,
  type ErasureResult,
  erasureRecordsOf,
  type NewEvent,
  PRIVACY_STREAM,
  planErasure,
  storeUnavailable,
} from '@mgmt-review/eventsourcing';
import type Database from 'better-sqlite3';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { personalColumn, rowToEvent } from './rows.js';
import type { Statements } from './statements.js';

/** The store's append, which an erasure runs inside its own transaction (as a savepoint) for its record. */
type Append = (
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions | undefined,
) => Either<AppendError, AppendResult>;

export interface EraseDeps extends ErasureDeps {
  readonly db: Database.Database;
  readonly statements: Statements;
  readonly append: Append;
}

/** Carries a refusal out of the transaction, so that it rolls back what was written before it. */
class Refused {
  constructor(readonly error: EraseError) {}
}

const LAST = Number.MAX_SAFE_INTEGER;

/**
 * Erases personal fields in one IMMEDIATE transaction: the event is read and checked, its payload
 * and `personal` column rewritten (its hash and the chain are left as they are), and the erasure
 * record appended to the tenant's `privacy-log` through the store's own append. A refusal or a
 * failure rolls back all of it. The old bytes can stay in the file's free pages and write-ahead log
 * until a checkpoint and `VACUUM` (docs/privacy-format.md, "Making erasure stick").
 */
export const createEraser = (deps: EraseDeps) => {
  const { db, statements } = deps;
  const rewrite = db.prepare<[string, string | null, string, string], unknown>(
    'UPDATE events SET data = ?, personal = ? WHERE tenant_id = ? AND event_id = ?',
  );
  const eraseInTransaction = (tenantId: string, request: EraseRequest): Either<EraseError, ErasureResult> => {
    const row = statements.eventById.get(tenantId, request.eventId);
    const target = row === undefined ? undefined : rowToEvent(row);
    const log = statements.streamForwards.all(tenantId, PRIVACY_STREAM, 1, LAST, LAST).map(rowToEvent);
    const planned = planErasure(deps, request, target, erasureRecordsOf(log));
    if (isLeft(planned)) return planned;
    const { event, record, erased } = planned.right;
    rewrite.run(JSON.stringify(event.data), personalColumn(event), tenantId, event.eventId);
    const recorded = deps.append(tenantId, PRIVACY_STREAM, [record], undefined);
    if (isLeft(recorded)) throw new Refused(recorded.left);
    return right({ erasure: recorded.right.events[0]!, event, erased });
  };
  const transaction = db.transaction(eraseInTransaction);
  return (tenantId: string, request: unknown): Either<EraseError, ErasureResult> => {
    const checked = checkErasure(request);
    if (isLeft(checked)) return checked;
    try {
      return transaction.immediate(tenantId, checked.right);
    } catch (error) {
      if (error instanceof Refused) return left(error.error);
      return left(
        storeUnavailable(`SQLite erasure in event ${checked.right.eventId} failed: ${(error as Error).message}`, error),
      );
    }
  };
};
