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
import { type Either, isLeft, isRight, left, right } from 'fp-ts/lib/Either.js';
import type { Connector, Session } from './connection.js';
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
 * Writes sealed events. The advisory lock is the answer to late commits: a position is taken from
 * the sequence at insert but becomes visible only at commit, so two appends committing in the
 * other order would let a reader see position n+1 before n and skip n for good. Each append takes
 * its tenant's lock before its first position and holds it to the commit (PostgreSQL releases it
 * only once the commit is visible), so a tenant's positions become visible in increasing order.
 * Every read (readAll, subscribe, headPosition) is scoped to one tenant, so that is the order a
 * reader sees; appends of different tenants do not wait for each other. Everything that can run
 * before the lock (stream checks, validation, hashing, the stream row) does; the lock is taken by
 * the INSERT itself (its rows need the lock row before they get a position) and held to the commit.
 */
/** The advisory lock that orders one tenant's appends (hashed to an int4 by PostgreSQL). */
export const appendLockKey = (schema: string, tenantId: string): string => `mgmt-review:append:${schema}:${tenantId}`;

const insertEvents = async (
  session: Session,
  schema: string,
  tenantId: string,
  streamId: string,
  sealed: readonly SealedEvent[],
): Promise<StoredEvent[]> => {
  const inserted = await session.query<{ position: string | number; stream_version: number }>(
    `WITH tenant_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext($11)))
     INSERT INTO "${schema}".events
       (event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash)
     SELECT u.event_id, $1, $2, u.stream_version, u.type, u.schema_version, u.data::json, u.metadata::json, u.prev_hash, u.hash
     FROM tenant_lock,
       unnest($3::text[], $4::int[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[])
       WITH ORDINALITY AS u(event_id, stream_version, type, schema_version, data, metadata, prev_hash, hash, ord)
     ORDER BY u.ord
     RETURNING position, stream_version`,
    [
      tenantId,
      streamId,
      sealed.map((e) => e.eventId),
      sealed.map((e) => e.streamVersion),
      sealed.map((e) => e.type),
      sealed.map((e) => e.schemaVersion),
      sealed.map((e) => JSON.stringify(e.data)),
      sealed.map((e) => JSON.stringify(e.metadata)),
      sealed.map((e) => e.prevHash),
      sealed.map((e) => e.hash),
      appendLockKey(schema, tenantId),
    ],
  );
  const positions = new Map(inserted.rows.map((row) => [row.stream_version, toPosition(row.position)]));
  return sealed.map((event) => ({ ...event, globalPosition: positions.get(event.streamVersion)! }));
};

/** One attempt, inside a transaction. Checks run in the in-memory store's order, so errors agree. */
const attempt = async (
  deps: AppendDeps,
  session: Session,
  tenantId: string,
  streamId: string,
  events: readonly NewEvent[],
  options: AppendOptions,
): Promise<Either<AppendError, AppendResult>> => {
  const { schema } = deps;
  // Locks the stream's row: writers of one stream queue here, writers of others do not.
  const heads = await session.query<StreamHeadRow>(
    `SELECT tenant_id, version, last_hash FROM "${schema}".streams WHERE stream_id = $1 FOR UPDATE`,
    [streamId],
  );
  const stream = heads.rows[0];
  if (stream !== undefined && stream.tenant_id !== tenantId) return foreign(streamId, tenantId);
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
  if (isLeft(retry)) return retry;
  const currentVersion = stream?.version ?? 0;
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
    const storeHead = await session.query<{ position: string | number | null }>(
      `SELECT max(position) AS position FROM "${schema}".events`,
    );
    const position = storeHead.rows[0]?.position ?? null;
    return right({
      events: [],
      streamVersion: head.version,
      globalPosition: position === null ? 0n : toPosition(position),
      duplicate: false,
    });
  }
  const last = sealed.right.at(-1)!;
  if (stream === undefined) {
    await session.query(
      `INSERT INTO "${schema}".streams (stream_id, tenant_id, version, last_hash) VALUES ($1, $2, $3, $4)`,
      [streamId, tenantId, last.streamVersion, last.hash],
    );
  } else {
    await session.query(`UPDATE "${schema}".streams SET version = $1, last_hash = $2 WHERE stream_id = $3`, [
      last.streamVersion,
      last.hash,
      streamId,
    ]);
  }
  const stored = await insertEvents(session, schema, tenantId, streamId, sealed.right);
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
    await session.query('BEGIN');
    try {
      const result = await attempt(deps, session, tenantId, streamId, events, options);
      if (
        deps.beforeCommit !== undefined &&
        isRight(result) &&
        result.right.events.length > 0 &&
        !result.right.duplicate
      ) {
        await deps.beforeCommit(result.right.events);
      }
      // A refusal wrote nothing; roll back all the same, so no lock or row lingers.
      await session.query(
        isLeft(result) || result.right.events.length === 0 || result.right.duplicate ? 'ROLLBACK' : 'COMMIT',
      );
      return result;
    } catch (error) {
      await session.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      if (isUniqueViolation(error)) throw new LostRace();
      throw error;
    }
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
