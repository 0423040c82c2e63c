import { type GlobalPosition, type PersonalFields, type StoredEvent, withPersonal } from '@mgmt-review/eventsourcing';
import { literal } from './connection.js';

/**
 * An `events` row as a driver returns it. `int8` arrives as a string from `pg` and as a number
 * (or bigint) from PGlite; `json` arrives parsed from both.
 */
export interface EventRow {
  readonly position: string | number | bigint;
  readonly event_id: string;
  readonly tenant_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: StoredEvent['metadata'];
  readonly prev_hash: string;
  readonly hash: string;
  readonly personal: PersonalFields | null;
}

export const EVENT_COLUMNS =
  'position, event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash, personal';

/** The `personal` column's value for an event, as SQL: its personal fields as JSON, or NULL when it has none. */
export const personalValue = (event: { readonly personal?: PersonalFields }): string =>
  event.personal === undefined ? 'NULL::json' : `${literal(JSON.stringify(event.personal))}::json`;

/** The one place a PostgreSQL `int8` becomes a global position, whatever the driver returned. */
export const toPosition = (value: string | number | bigint): GlobalPosition => BigInt(value);

/** A global position as a query parameter (`int8` text, exact). */
export const positionParameter = (position: GlobalPosition): string => position.toString();

export const rowToEvent = (row: EventRow): StoredEvent =>
  withPersonal(
    {
      eventId: row.event_id,
      tenantId: row.tenant_id,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      globalPosition: toPosition(row.position),
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
      prevHash: row.prev_hash,
      hash: row.hash,
    },
    row.personal ?? undefined,
  );
