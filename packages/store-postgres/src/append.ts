import {
  type AppendError,
  type AppendOptions,
  type AppendResult,
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
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, literal, type Session } from './connection.js';
import { EVENT_COLUMNS, type EventRow, rowToEvent, toPosition } from './rows.js';
import { insertEventsStatement, streamHeadStatement, streamLockKey, withPositions } from './writeStatements.js';

export interface AppendDeps {
  readonly connector: Connector;
  readonly schema: string;
  readonly registry: EventRegistry;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Tests only: runs after the events are written, before the commit (the advisory lock is held). */
  readonly beforeCommit?: (events: readonly StoredEvent[]) => Promise<void>;
}

/** How often an append that lost a race on a unique key (two creators of one stream) starts over. */
const RACE_RETRIES = 5;

/** A unique key taken by a concurrent transaction between our read and our write. */
class LostRace extends Error {}

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === '23505';

interface StreamHeadRow {
  readonly tenant_id: string;
  readonly version: number;
  readonly last_hash: string;
}

/** Ends a transaction that wrote nothing (a refusal, a recognised retry, an empty append). */
const rollback = async <T>(session: Session, result: T): Promise<T> => {
  await session.script(['ROLLBACK']);
  return result;
};

/**
 * One attempt, in its own transaction, committed or rolled back before it returns. Checks run in
 * the in-memory store's order, so every store returns the same error for the same input.
 */
const attempt = async (
  deps: AppendDeps,
  session: Session,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<Either<AppendError, AppendResult>> => {
  const { schema } = deps;
  // Writers of one stream queue on the lock until the one ahead commits; the head read after it
  // (a new statement, so a new snapshot) is then fresh. One round trip.
  const opened = await session.script([
    'BEGIN',
    `SELECT pg_advisory_xact_lock(hashtext(${literal(streamLockKey(schema, streamId))}))`,
    `SELECT tenant_id, version, last_hash FROM "${schema}".streams WHERE stream_id = ${literal(streamId)}`,
  ]);
  const stream = opened[2]?.rows[0] as StreamHeadRow | undefined;
  if (stream !== undefined && stream.tenant_id !== tenantId)
    return rollback(session, left(foreignStream(streamId, tenantId)));
  const eventIds = events.flatMap((e) => (e.eventId === undefined ? [] : [e.eventId]));
  const found = new Map<string, StoredEvent>();
  if (eventIds.length > 0) {
    const existing = await session.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM "${schema}".events WHERE event_id = ANY($1::text[])`,
      [eventIds],
    );
    for (const row of existing.rows) found.set(row.event_id, rowToEvent(row));
  }
  const retry = classifyRetry(streamId, events, found);
  if (isLeft(retry)) return rollback(session, retry);
  const currentVersion = stream?.version ?? 0;
  if (retry.right !== 'new') {
    return rollback(
      session,
      right({
        events: retry.right,
        streamVersion: currentVersion,
        globalPosition: retry.right.at(-1)!.globalPosition,
        duplicate: true,
      }),
    );
  }
  const version = checkExpectedVersion(streamId, options.expectedVersion ?? 'any', currentVersion);
  if (isLeft(version)) return rollback(session, version);
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
  if (isLeft(sealed)) return rollback(session, sealed);
  if (sealed.right.length === 0) {
    const storeHead = await session.query<{ position: string | number | null }>(
      `SELECT max(position) AS position FROM "${schema}".events`,
    );
    const position = storeHead.rows[0]?.position ?? null;
    return rollback(
      session,
      right({
        events: [],
        streamVersion: head.version,
        globalPosition: position === null ? 0n : toPosition(position),
        duplicate: false,
      }),
    );
  }
  const last = sealed.right.at(-1)!;
  // Insert, move the head and commit: one round trip (two around the test hook).
  const write = [
    insertEventsStatement(schema, tenantId, streamId, sealed.right),
    streamHeadStatement(schema, tenantId, streamId, stream === undefined, last),
  ];
  const written = await session.script(deps.beforeCommit === undefined ? [...write, 'COMMIT'] : write);
  const stored = withPositions(
    sealed.right,
    (written[0]?.rows ?? []) as { position: string | number; stream_version: number }[],
  );
  if (deps.beforeCommit !== undefined) {
    await deps.beforeCommit(stored);
    await session.script(['COMMIT']);
  }
  return right({
    events: stored,
    streamVersion: last.streamVersion,
    globalPosition: stored.at(-1)!.globalPosition,
    duplicate: false,
  });
};

const inTransaction = async (
  deps: AppendDeps,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<Either<AppendError, AppendResult>> => {
  const session = await deps.connector.connect();
  let broken: Error | undefined;
  try {
    return await attempt(deps, session, tenantId, streamId, events, options);
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
 * Appends atomically, in one transaction. Two writers creating the same stream, or retrying the
 * same event ids, at the same moment: the loser hits a unique key and starts over, and then sees
 * the winner's commit (a version conflict, or a recognised retry).
 */
export const createAppender =
  (deps: AppendDeps) =>
  async (
    tenantId: string,
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<Either<AppendError, AppendResult>> => {
    const valid = validateStreamId(streamId);
    if (isLeft(valid)) return valid;
    const checked = checkNewEvents(events);
    if (isLeft(checked)) return checked;
    for (let race = 0; ; race++) {
      try {
        return await inTransaction(deps, tenantId, streamId, events, options);
      } catch (error) {
        if (error instanceof LostRace && race < RACE_RETRIES) continue;
        return left(storeUnavailable(`PostgreSQL append to ${streamId} failed: ${(error as Error).message}`, error));
      }
    }
  };
