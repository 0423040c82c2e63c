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
  type IdGenerator,
  type NewEvent,
  type SealedEvent,
  type StoredEvent,
  sealEvents,
  storeUnavailable,
  validateStreamId,
} from '@mgmt-review/eventsourcing';
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type Connector, literal, type Session } from './connection.js';
import { EVENT_COLUMNS, type EventRow, rowToEvent, toPosition } from './rows.js';

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

const foreign = (streamId: string, tenantId: string) =>
  left({
    _tag: 'ForeignStream' as const,
    streamId,
    tenantId,
    message: `stream ${streamId} does not belong to tenant ${tenantId}`,
  });

interface StreamHeadRow {
  readonly tenant_id: string;
  readonly version: number;
  readonly last_hash: string;
}

/**
 * Late commits. A position is taken from the sequence at insert but becomes visible only at
 * commit, so a reader that simply read "after my last position" could see n+1 committed while n
 * is still in flight, and skip n for good. The store closes that gap the way Emmett and Marten do,
 * with the transaction id, made safe by one rule:
 * - each append takes its positions and its transaction id together, under its tenant's advisory
 *   lock, and releases the lock right away (before the commit, so commits still overlap and
 *   PostgreSQL can group them). The events INSERT is the transaction's first write: the stream row
 *   is written after it, and stream writers queue on an advisory lock, not a row lock, so no
 *   transaction id is assigned earlier. Hence, within a tenant, position order = transaction id order;
 * - readers (readAll, subscribe, headPosition) return only rows whose transaction id is below the
 *   oldest transaction still running (`pg_snapshot_xmin`). Those rows are final: nothing can
 *   commit below them any more, and, by the rule above, nothing with a lower position either.
 * So a reader never sees position n+1 before n. The price: while any transaction that has written
 * is running in the database, readers wait for it before seeing newer events.
 */
const insertEventsStatement = (
  schema: string,
  tenantId: string,
  streamId: string,
  sealed: readonly SealedEvent[],
): string => {
  const tenant = literal(tenantId);
  const stream = literal(streamId);
  const rows = sealed.map(
    (e, i) =>
      `(${i}, ${literal(e.eventId)}, ${tenant}, ${stream}, ${e.streamVersion}, ${literal(e.type)}, ${e.schemaVersion}, ` +
      `${literal(JSON.stringify(e.data))}::json, ${literal(JSON.stringify(e.metadata))}::json, ${literal(e.prevHash)}, ${literal(e.hash)})`,
  );
  const lock = `hashtext(${literal(tenantLockKey(schema, tenantId))})`;
  // The tenant's lock is taken before the first row gets its position and transaction id, and
  // released once every row has them (the count consumes the whole INSERT first): within one
  // statement, so the lock is held for no round trip.
  return `WITH tenant_lock AS MATERIALIZED (SELECT pg_advisory_lock(${lock})),
     inserted AS (
       INSERT INTO "${schema}".events
         (event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash)
       SELECT v.event_id, v.tenant_id, v.stream_id, v.stream_version, v.type, v.schema_version, v.data, v.metadata, v.prev_hash, v.hash
       FROM tenant_lock, (VALUES ${rows.join(',\n')})
         AS v(ord, event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash)
       ORDER BY v.ord
       RETURNING position, stream_version),
     tenant_unlock AS MATERIALIZED (
       SELECT pg_advisory_unlock(${lock}) AS released FROM (SELECT count(*) FROM inserted) AS all_rows)
     SELECT inserted.position, inserted.stream_version FROM tenant_unlock, inserted`;
};

/** The stored events, given the positions the INSERT returned. */
const withPositions = (
  sealed: readonly SealedEvent[],
  rows: readonly { position: string | number; stream_version: number }[],
): StoredEvent[] => {
  const positions = new Map(rows.map((row) => [row.stream_version, toPosition(row.position)]));
  return sealed.map((event) => ({
    eventId: event.eventId,
    tenantId: event.tenantId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition: positions.get(event.streamVersion)!,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    prevHash: event.prevHash,
    hash: event.hash,
  }));
};

/** The statement that moves the stream's head (sent as a script with the COMMIT: one round trip). */
const streamHeadStatement = (
  schema: string,
  tenantId: string,
  streamId: string,
  isNew: boolean,
  last: SealedEvent,
): string =>
  isNew
    ? `INSERT INTO "${schema}".streams (stream_id, tenant_id, version, last_hash)
       VALUES (${literal(streamId)}, ${literal(tenantId)}, ${last.streamVersion}, ${literal(last.hash)})`
    : `UPDATE "${schema}".streams SET version = ${last.streamVersion}, last_hash = ${literal(last.hash)}
       WHERE stream_id = ${literal(streamId)} AND tenant_id = ${literal(tenantId)}`;

/** The advisory lock under which a tenant's appends take positions and transaction ids. */
export const tenantLockKey = (schema: string, tenantId: string): string => `mgmt-review:append:${schema}:${tenantId}`;

/** The advisory lock writers of one stream queue on, held to commit (it assigns no transaction id). */
const streamLockKey = (schema: string, streamId: string): string => `mgmt-review:stream:${schema}:${streamId}`;

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
  if (stream !== undefined && stream.tenant_id !== tenantId) return rollback(session, foreign(streamId, tenantId));
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
