import {
  atPosition,
  type SealedEvent,
  type StoredEvent,
  type StreamHead,
  storedMetadataText,
} from '@mgmt-review/eventsourcing';
import { arrayParameter, type ElementType } from './arrayParameters.js';
import { literal } from './connection.js';
import { toPosition } from './rows.js';

/** A column an append writes for each event: its name, its SQL type, and its value for a sealed event. */
interface EventValueColumn {
  readonly name: string;
  readonly type: ElementType;
  readonly value: (event: SealedEvent) => string | number | null;
}

/**
 * The columns an append writes for each event besides its tenant and stream, in one place: the
 * script's VALUES rows and the one-statement append's arrays are both built from this list, so a
 * new column is one more line here.
 */
const EVENT_VALUE_COLUMNS: readonly EventValueColumn[] = [
  { name: 'event_id', type: 'text', value: (e) => e.eventId },
  { name: 'stream_version', type: 'integer', value: (e) => e.streamVersion },
  { name: 'type', type: 'text', value: (e) => e.type },
  { name: 'schema_version', type: 'integer', value: (e) => e.schemaVersion },
  // Stored as written (json, not jsonb): the text reads back byte-for-byte.
  { name: 'data', type: 'json', value: (e) => JSON.stringify(e.data) },
  // The kernel's text of the metadata, written once for the events of an append that share it.
  { name: 'metadata', type: 'json', value: (e) => storedMetadataText(e.metadata) },
  { name: 'prev_hash', type: 'text', value: (e) => e.prevHash },
  { name: 'hash', type: 'text', value: (e) => e.hash },
  // The personal fields' salts and digests (not covered by the hash); NULL when the event has none.
  { name: 'personal', type: 'json', value: (e) => (e.personal === undefined ? null : JSON.stringify(e.personal)) },
];

/** Every column an append writes, in the order of the VALUES rows and the arrays. */
const WRITTEN_COLUMNS = ['tenant_id', 'stream_id', ...EVENT_VALUE_COLUMNS.map((column) => column.name)].join(', ');

/** The columns of a VALUES row aliased `alias`, in `WRITTEN_COLUMNS` order. */
const valuesOf = (alias: string): string =>
  WRITTEN_COLUMNS.split(', ')
    .map((name) => `${alias}.${name}`)
    .join(', ');

/** A column's value as a SQL literal, for scripts. */
const sqlValue = (column: EventValueColumn, event: SealedEvent): string => {
  const value = column.value(event);
  if (value === null) return `NULL::${column.type}`;
  return typeof value === 'number' ? String(value) : `${literal(value)}::${column.type}`;
};

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
    (e, i) => `(${i}, ${tenant}, ${stream}, ${EVENT_VALUE_COLUMNS.map((column) => sqlValue(column, e)).join(', ')})`,
  );
  const lock = `hashtext(${literal(tenantLockKey(schema, tenantId))})`;
  // The tenant's lock is taken before the first row gets its position and transaction id, and
  // released once every row has them (the count consumes the whole INSERT first): within one
  // statement, so the lock is held for no round trip.
  return `WITH tenant_lock AS MATERIALIZED (SELECT pg_advisory_lock(${lock})),
     inserted AS (
       INSERT INTO "${schema}".events (${WRITTEN_COLUMNS})
       SELECT ${valuesOf('v')}
       FROM tenant_lock, (VALUES ${rows.join(',\n')}) AS v(ord, ${WRITTEN_COLUMNS})
       ORDER BY v.ord
       RETURNING position, stream_version),
     tenant_unlock AS MATERIALIZED (
       SELECT pg_advisory_unlock(${lock}) AS released FROM (SELECT count(*) FROM inserted) AS all_rows)
     SELECT inserted.position, inserted.stream_version FROM tenant_unlock, inserted`;
};

/** The parameters of `appendOnHeadStatement`, in order. */
export const appendOnHeadParameters = (
  schema: string,
  tenantId: string,
  streamId: string,
  expected: StreamHead,
  last: SealedEvent,
  sealed: readonly SealedEvent[],
): unknown[] => [
  tenantId,
  streamId,
  expected.version,
  expected.hash,
  tenantLockKey(schema, tenantId),
  last.streamVersion,
  last.hash,
  ...EVENT_VALUE_COLUMNS.map((column) => arrayParameter(column.type, sealed.map(column.value))),
];

/**
 * An append on a known head in one statement (one round trip, autocommit): it writes only if the
 * stream's head is exactly the known one (`$3`, `$4`; version 0 for a stream with no row), then
 * inserts the events under the tenant's lock as `insertEventsStatement` does, then moves the head.
 * The head is read in the statement's snapshot, so an append that committed after it is not seen
 * there; it is caught by the events' unique key on (tenant, stream, version), since every append
 * writes the version after the head it chained to: the later writer fails with a unique violation
 * and nothing of it is written. A head that does not hold returns no row and writes nothing. The
 * head row is written after the events (the UPDATE waits on a count of the tenant's unlock, which
 * consumes the INSERT): the INSERT stays the transaction's first write. Prepared once per
 * connection; `isNew` picks the INSERT or the UPDATE of the stream row.
 */
export const appendOnHeadStatement = (schema: string, isNew: boolean): string => {
  const arrays = EVENT_VALUE_COLUMNS.map((column, i) => `$${i + 8}::${column.type}[]`).join(', ');
  const moveHead = isNew
    ? `INSERT INTO "${schema}".streams (stream_id, tenant_id, version, last_hash)
       SELECT $2::text, $1::text, $6::integer, $7::text FROM tenant_unlock`
    : `UPDATE "${schema}".streams SET version = $6::integer, last_hash = $7::text
       WHERE tenant_id = $1 AND stream_id = $2 AND EXISTS (SELECT 1 FROM tenant_unlock)`;
  return `WITH head AS MATERIALIZED (
       SELECT coalesce(
         (SELECT s.version = $3::integer AND s.last_hash = $4::text FROM "${schema}".streams s
          WHERE s.tenant_id = $1::text AND s.stream_id = $2::text),
         $3::integer = 0) AS holds),
     tenant_lock AS MATERIALIZED (SELECT pg_advisory_lock(hashtext($5::text)) FROM head WHERE head.holds),
     inserted AS (
       INSERT INTO "${schema}".events (${WRITTEN_COLUMNS})
       SELECT $1, $2, ${EVENT_VALUE_COLUMNS.map((column) => `v.${column.name}`).join(', ')}
       FROM tenant_lock, unnest(${arrays}) WITH ORDINALITY AS v(${EVENT_VALUE_COLUMNS.map((c) => c.name).join(', ')}, ord)
       ORDER BY v.ord
       RETURNING position, stream_version),
     tenant_unlock AS MATERIALIZED (
       SELECT pg_advisory_unlock(hashtext($5::text)) AS released
       FROM tenant_lock, (SELECT count(*) FROM inserted) AS all_rows),
     moved AS (${moveHead})
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
