import { atPosition, type SealedEvent, type StoredEvent } from '@mgmt-review/eventsourcing';
import { literal } from './connection.js';
import { personalValue, toPosition } from './rows.js';

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
export const insertEventsStatement = (
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
      `${literal(JSON.stringify(e.data))}::json, ${literal(JSON.stringify(e.metadata))}::json, ${literal(e.prevHash)}, ${literal(e.hash)}, ` +
      `${personalValue(e)})`,
  );
  const lock = `hashtext(${literal(tenantLockKey(schema, tenantId))})`;
  // The tenant's lock is taken before the first row gets its position and transaction id, and
  // released once every row has them (the count consumes the whole INSERT first): within one
  // statement, so the lock is held for no round trip.
  return `WITH tenant_lock AS MATERIALIZED (SELECT pg_advisory_lock(${lock})),
     inserted AS (
       INSERT INTO "${schema}".events
         (event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash, personal)
       SELECT v.event_id, v.tenant_id, v.stream_id, v.stream_version, v.type, v.schema_version, v.data, v.metadata, v.prev_hash, v.hash, v.personal
       FROM tenant_lock, (VALUES ${rows.join(',\n')})
         AS v(ord, event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash, personal)
       ORDER BY v.ord
       RETURNING position, stream_version),
     tenant_unlock AS MATERIALIZED (
       SELECT pg_advisory_unlock(${lock}) AS released FROM (SELECT count(*) FROM inserted) AS all_rows)
     SELECT inserted.position, inserted.stream_version FROM tenant_unlock, inserted`;
};

/** The stored events, given the positions the INSERT returned. */
export const withPositions = (
  sealed: readonly SealedEvent[],
  rows: readonly { position: string | number; stream_version: number }[],
): StoredEvent[] => {
  const positions = new Map(rows.map((row) => [row.stream_version, toPosition(row.position)]));
  return sealed.map((event) => atPosition(event, positions.get(event.streamVersion)!));
};

/** The statement that moves the stream's head (sent as a script with the COMMIT: one round trip). */
export const streamHeadStatement = (
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

/**
 * The advisory lock writers of one stream of one tenant queue on, held to commit (it assigns no
 * transaction id). Keys that hash alike only make unrelated writers wait for each other.
 */
export const streamLockKey = (schema: string, tenantId: string, streamId: string): string =>
  `mgmt-review:stream:${schema}:${JSON.stringify([tenantId, streamId])}`;
