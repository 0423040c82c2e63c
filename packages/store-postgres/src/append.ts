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
  planOnKnownHead,
  type SealingDeps,
  type StoredEvent,
  storeUnavailable,
  type WritePlan,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, literal, type Session } from './connection.js';
import { type HeadRow, headOf, tenantHeadQuery } from './reads.js';
import { EVENT_COLUMNS, type EventRow, rowToEvent } from './rows.js';
import {
  appendOnHeadParameters,
  appendOnHeadStatement,
  insertEventsStatement,
  streamHeadStatement,
  streamLockKey,
  withPositions,
} from './writeStatements.js';

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
  // (a new statement, so a new snapshot) is then fresh, and so are the events under the chosen ids.
  // One round trip.
  const ids = append.eventIds.map(literal).join(', ');
  const opened = await session.script([
    'BEGIN',
    `SELECT pg_advisory_xact_lock(hashtext(${literal(streamLockKey(schema, tenantId, streamId))}))`,
    `SELECT version, last_hash FROM "${schema}".streams
     WHERE tenant_id = ${literal(tenantId)} AND stream_id = ${literal(streamId)}`,
    ...(append.eventIds.length === 0
      ? []
      : [
          `SELECT ${EVENT_COLUMNS} FROM "${schema}".events
           WHERE tenant_id = ${literal(tenantId)} AND event_id = ANY(ARRAY[${ids}]::text[])`,
        ]),
  ]);
  const stream = opened[2]?.rows[0] as StreamHeadRow | undefined;
  const found = new Map<string, StoredEvent>();
  for (const row of (opened[3]?.rows ?? []) as EventRow[]) found.set(row.event_id, rowToEvent(row));
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

/**
 * The one-round-trip append on a known head (see `appendOnHeadStatement`), in autocommit; in a
 * transaction of its own only around the test hook. Undefined when the head did not hold: nothing
 * was written, and the ordinary path gives the answer.
 */
const writeOnKnownHead = async (
  deps: AppendDeps,
  session: Session,
  append: CheckedAppend,
  plan: WritePlan,
): Promise<AppendResult | undefined> => {
  const { schema } = deps;
  const { tenantId, streamId } = append;
  const hooked = deps.beforeCommit !== undefined;
  if (hooked) await session.script(['BEGIN']);
  const written = await session.prepared<{ position: string | number; stream_version: number }>(
    `mgmt-review:append-on-head:${schema}:${plan.isNewStream ? 'new' : 'existing'}`,
    appendOnHeadStatement(schema, plan.isNewStream),
    appendOnHeadParameters(schema, tenantId, streamId, append.knownHead!, plan.last, plan.events),
  );
  if (written.rows.length === 0) return hooked ? rollback(session, undefined) : undefined;
  const stored = withPositions(plan.events, written.rows);
  if (deps.beforeCommit !== undefined) {
    await deps.beforeCommit(stored);
    await session.script(['COMMIT']);
  }
  return appended(stored);
};

/** Runs `work` on a session; a unique key taken by a concurrent append becomes `LostRace`. */
const onSession = async <T>(deps: AppendDeps, work: (session: Session) => Promise<T>): Promise<T> => {
  const session = await deps.connector.connect();
  let broken: Error | undefined;
  try {
    return await work(session);
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

const failed = (streamId: string, error: unknown) =>
  left(storeUnavailable(`PostgreSQL append to ${streamId} failed: ${(error as Error).message}`, error));

/**
 * Appends atomically through the kernel's pipeline: its input checks first. An append whose writer
 * gave its known head is sealed before any I/O and written in one statement that checks the head
 * (one round trip). Otherwise — or when that head no longer holds, or one of its event ids is
 * taken — the rest runs in one transaction: head and chosen ids read under the stream's lock, the
 * plan, the write (two round trips). Two writers creating the same stream, or retrying the same
 * event ids, at the same moment: the loser hits a unique key and starts over, and then sees the
 * winner's commit (a version conflict, or a recognised retry).
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
    const onHead = planOnKnownHead(deps, checked.right);
    if (onHead !== undefined) {
      try {
        const written = await onSession(deps, (session) => writeOnKnownHead(deps, session, checked.right, onHead));
        if (written !== undefined) return right(written);
      } catch (error) {
        if (!(error instanceof LostRace)) return failed(streamId, error);
      }
    }
    for (let race = 0; ; race++) {
      try {
        return await onSession(deps, (session) => attempt(deps, session, checked.right));
      } catch (error) {
        if (error instanceof LostRace && race < RACE_RETRIES) continue;
        return failed(streamId, error);
      }
    }
  };
