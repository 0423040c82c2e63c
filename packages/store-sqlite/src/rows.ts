import { type GlobalPosition, type PersonalFields, type StoredEvent, withPersonal } from '@mgmt-review/eventsourcing';
import { StoredRowUnreadable } from './errors.js';

/** An `events` row as better-sqlite3 returns it with safe integers on: INTEGER columns as bigint. */
export interface EventRow {
  readonly position: bigint;
  readonly event_id: string;
  readonly tenant_id: string;
  readonly stream_id: string;
  readonly stream_version: bigint;
  readonly type: string;
  readonly schema_version: bigint;
  readonly data: string;
  readonly metadata: string;
  readonly prev_hash: string;
  readonly hash: string;
  readonly personal: string | null;
}

export const EVENT_COLUMNS =
  'position, event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash, personal';

/** The `personal` column's value for an event: its personal fields as JSON, or NULL when it has none. */
export const personalColumn = (event: { readonly personal?: PersonalFields }): string | null =>
  event.personal === undefined ? null : JSON.stringify(event.personal);

/**
 * The one place a SQLite integer becomes a global position. Statements that read or return
 * positions run with `safeIntegers(true)`, so positions stay exact above 2^53.
 */
export const toPosition = (value: bigint | number): GlobalPosition =>
  typeof value === 'bigint' ? value : BigInt(value);

/** SQLite's position for a global position (a bigint binds as a 64-bit integer). */
export const fromPosition = (position: GlobalPosition): bigint => position;

/** A JSON column of a row, parsed; text that is not JSON is a `StoredRowUnreadable` naming the row. */
const parsedColumn = (row: EventRow, column: 'data' | 'metadata' | 'personal'): unknown => {
  try {
    return JSON.parse(row[column] as string);
  } catch (error) {
    const at = { position: row.position, streamId: row.stream_id, streamVersion: Number(row.stream_version) };
    throw new StoredRowUnreadable(at, column, error as Error);
  }
};

/** A row as the stored event it holds; throws `StoredRowUnreadable` for a row whose JSON is damaged. */
export const rowToEvent = (row: EventRow): StoredEvent =>
  withPersonal(
    {
      eventId: row.event_id,
      tenantId: row.tenant_id,
      streamId: row.stream_id,
      streamVersion: Number(row.stream_version),
      globalPosition: toPosition(row.position),
      type: row.type,
      schemaVersion: Number(row.schema_version),
      data: parsedColumn(row, 'data') as StoredEvent['data'],
      metadata: parsedColumn(row, 'metadata') as StoredEvent['metadata'],
      prevHash: row.prev_hash,
      hash: row.hash,
    },
    row.personal === null || row.personal === undefined ? undefined : (parsedColumn(row, 'personal') as PersonalFields),
  );
