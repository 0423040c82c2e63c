import {
  checkAppend,
  checkErasure,
  EMPTY_HEAD,
  type EraseError,
  type EraseRequest,
  type ErasureResult,
  erasureRecordsOf,
  PRIVACY_STREAM,
  planAppend,
  planErasure,
  type SealingDeps,
  storeUnavailable,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, literal, type Session } from './connection.js';
import { EVENT_COLUMNS, type EventRow, personalValue, rowToEvent } from './rows.js';
import { insertEventsStatement, streamHeadStatement, streamLockKey, withPositions } from './writeStatements.js';

export interface EraseDeps extends SealingDeps {
  readonly connector: Connector;
  readonly schema: string;
}

/**
 * One erasure in one transaction, under the lock writers of the tenant's `privacy-log` queue on:
 * the event is read (locked against another erasure) and checked, the erasure record is inserted
 * — first, as every append's first write, so it takes its position and transaction id under the
 * tenant's lock (writeStatements.ts) — then the event's payload and `personal` column are
 * rewritten (its hash, position and transaction id stay), and the log's head moves. A refusal rolls
 * back. The old row version stays in the table's files until a `VACUUM` (docs/privacy-format.md).
 */
const eraseIn = async (
  deps: EraseDeps,
  session: Session,
  tenantId: string,
  request: EraseRequest,
): Promise<Either<EraseError, ErasureResult>> => {
  const { schema } = deps;
  const opened = await session.script([
    'BEGIN',
    `SELECT pg_advisory_xact_lock(hashtext(${literal(streamLockKey(schema, tenantId, PRIVACY_STREAM))}))`,
    `SELECT version, last_hash FROM "${schema}".streams
     WHERE tenant_id = ${literal(tenantId)} AND stream_id = ${literal(PRIVACY_STREAM)}`,
  ]);
  const logHead = opened[2]?.rows[0] as { version: number; last_hash: string } | undefined;
  const found = await session.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM "${schema}".events WHERE tenant_id = $1 AND event_id = $2`,
    [tenantId, request.eventId],
  );
  const log = await session.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM "${schema}".events WHERE tenant_id = $1 AND stream_id = $2 ORDER BY stream_version`,
    [tenantId, PRIVACY_STREAM],
  );
  const target = found.rows[0] === undefined ? undefined : rowToEvent(found.rows[0]);
  const planned = planErasure(deps, request, target, erasureRecordsOf(log.rows.map(rowToEvent)));
  if (isLeft(planned)) return rollback(session, planned);
  const { event, record, erased } = planned.right;
  const checked = checkAppend(tenantId, PRIVACY_STREAM, [record], undefined);
  if (isLeft(checked)) return rollback(session, checked);
  const head = logHead === undefined ? EMPTY_HEAD : { version: logHead.version, hash: logHead.last_hash };
  const appendPlan = planAppend(deps, checked.right, { head, found: new Map() });
  if (isLeft(appendPlan)) return rollback(session, appendPlan);
  if (appendPlan.right._tag !== 'Write') return rollback(session, left(storeUnavailable('erasure record not written')));
  const plan = appendPlan.right;
  const written = await session.script([
    insertEventsStatement(schema, tenantId, PRIVACY_STREAM, plan.events),
    `UPDATE "${schema}".events SET data = ${literal(JSON.stringify(event.data))}::json, personal = ${personalValue(event)}
     WHERE tenant_id = ${literal(tenantId)} AND event_id = ${literal(event.eventId)}`,
    streamHeadStatement(schema, tenantId, PRIVACY_STREAM, plan.isNewStream, plan.last),
    'COMMIT',
  ]);
  const stored = withPositions(plan.events, (written[0]?.rows ?? []) as { position: string; stream_version: number }[]);
  return right({ erasure: stored[0]!, event, erased });
};

const rollback = async <T>(session: Session, result: T): Promise<T> => {
  await session.script(['ROLLBACK']);
  return result;
};

/** Erases through one session per request; a storage failure rolls back and is `StoreUnavailable`. */
export const createEraser =
  (deps: EraseDeps) =>
  async (tenantId: string, request: unknown): Promise<Either<EraseError, ErasureResult>> => {
    const checked = checkErasure(request);
    if (isLeft(checked)) return checked;
    const session = await deps.connector.connect();
    let broken: Error | undefined;
    try {
      return await eraseIn(deps, session, tenantId, checked.right);
    } catch (error) {
      try {
        await session.script(['ROLLBACK', 'SELECT pg_advisory_unlock_all()']);
      } catch (cleanupError) {
        broken = cleanupError as Error;
      }
      return left(
        storeUnavailable(
          `PostgreSQL erasure in event ${checked.right.eventId} failed: ${(error as Error).message}`,
          error,
        ),
      );
    } finally {
      session.release(broken);
    }
  };
