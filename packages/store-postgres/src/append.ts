import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
  appended,
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
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, literal, type Session } from './connection.js';
import { type HeadRow, headOf, tenantHeadQuery } from './reads.js';
import { EVENT_COLUMNS, type EventRow, rowToEvent } from './rows.js';
import { insertEventsStatement, streamHeadStatement, streamLockKey, withPositions } from './writeStatements.js';

export interface AppendDeps extends SealingDeps {
  readonly connector: Connector;
  readonly schema: string;
  /** Tests only: runs after the events are written, before the commit (the advisory lock is held). */
  readonly beforeCommit?: (events: readonly StoredEvent[]) => Promise<void>;
}

/** How often an append that lost a race on a unique key (two creators of one stream) starts over. */
const RACE_RETRIES = 5;

/** A unique key taken by a concurrent transaction between our read and our write. */
class LostRace extends Error {}

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === '23505';

interface StreamHeadRow {
  readonly version: number;
  readonly last_hash: string;
}

/** Ends a transaction that wrote nothing (a refusal, a recognised retry, an empty append). */
const rollback = async <T>(session: Session, result: T): Promise<T> => {
  await session.script(['ROLLBACK']);
  return result;
};

/** One attempt, in its own transaction, committed or rolled back before it returns. */
const attempt = async (
  deps: AppendDeps,
  session: Session,
  append: CheckedAppend,
): Promise<Either<AppendError, AppendResult>> => {
  const { schema } = deps;
  const { tenantId, streamId } = append;
  // Writers of one stream queue on the lock until the one ahead commits; the head read after it
  // (a new statement, so a new snapshot) is then fresh. One round trip.
  const opened = await session.script([
    'BEGIN',
    `SELECT pg_advisory_xact_lock(hashtext(${literal(streamLockKey(schema, tenantId, streamId))}))`,
    `SELECT version, last_hash FROM "${schema}".streams
     WHERE tenant_id = ${literal(tenantId)} AND stream_id = ${literal(streamId)}`,
  ]);
  const stream = opened[2]?.rows[0] as StreamHeadRow | undefined;
  const found = new Map<string, StoredEvent>();
  if (append.eventIds.length > 0) {
    const existing = await session.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM "${schema}".events WHERE tenant_id = $1 AND event_id = ANY($2::text[])`,
      [tenantId, append.eventIds],
    );
    for (const row of existing.rows) found.set(row.event_id, rowToEvent(row));
  }
  const head = stream === undefined ? EMPTY_HEAD : { version: stream.version, hash: stream.last_hash };
  const planned = planAppend(deps, append, { head, found });
  if (isLeft(planned)) return rollback(session, planned);
  const plan = planned.right;
  if (plan._tag === 'Retried') return rollback(session, right(plan.result));
  if (plan._tag === 'NothingToWrite') {
    const head = await session.query<HeadRow>(tenantHeadQuery(schema), [tenantId]);
    return rollback(session, right(nothingAppended(plan.streamVersion, headOf(head.rows))));
  }
  // Insert, move the head and commit: one round trip (two around the test hook).
  const write = [
    insertEventsStatement(schema, tenantId, streamId, plan.events),
    streamHeadStatement(schema, tenantId, streamId, plan.isNewStream, plan.last),
  ];
  const written = await session.script(deps.beforeCommit === undefined ? [...write, 'COMMIT'] : write);
  const stored = withPositions(
    plan.events,
    (written[0]?.rows ?? []) as { position: string | number; stream_version: number }[],
  );
  if (deps.beforeCommit !== undefined) {
    await deps.beforeCommit(stored);
    await session.script(['COMMIT']);
  }
  return right(appended(stored));
};

const inTransaction = async (deps: AppendDeps, append: CheckedAppend): Promise<Either<AppendError, AppendResult>> => {
  const session = await deps.connector.connect();
  let broken: Error | undefined;
  try {
    return await attempt(deps, session, append);
  } catch (error) {
    // A failed INSERT may leave the tenant's session-level lock held: release it with the rollback.
    try {
      await session.script(['ROLLBACK', 'SELECT pg_advisory_unlock_all()']);
    } catch (cleanupError) {
      broken = cleanupError as Error;
    }
    if (isUniqueViolation(error)) throw new LostRace();
    throw error;
  } finally {
    session.release(broken);
  }
};

/**
 * Appends atomically through the kernel's pipeline: its input checks first, the rest in one
 * transaction. Two writers creating the same stream, or retrying the
 * same event ids, at the same moment: the loser hits a unique key and starts over, and then sees
 * the winner's commit (a version conflict, or a recognised retry).
 */
export const createAppender =
  (deps: AppendDeps) =>
  async (
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions | undefined,
  ): Promise<Either<AppendError, AppendResult>> => {
    const checked = checkAppend(tenantId, streamId, events, options);
    if (isLeft(checked)) return checked;
    for (let race = 0; ; race++) {
      try {
        return await inTransaction(deps, checked.right);
      } catch (error) {
        if (error instanceof LostRace && race < RACE_RETRIES) continue;
        return left(storeUnavailable(`PostgreSQL append to ${streamId} failed: ${(error as Error).message}`, error));
      }
    }
  };
