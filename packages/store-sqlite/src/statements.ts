import { type SealedEvent, storedMetadataText } from '@mgmt-review/eventsourcing';
import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, type EventRow, personalColumn } from './rows.js';

/**
 * The columns an append writes for each event, in one place, with each one's value for a sealed
 * event: the INSERT and its parameters are built from this list, so a new column is one more line here.
 */
const WRITTEN_COLUMNS: readonly { readonly name: string; readonly value: (e: SealedEvent) => unknown }[] = [
  { name: 'event_id', value: (e) => e.eventId },
  { name: 'tenant_id', value: (e) => e.tenantId },
  { name: 'stream_id', value: (e) => e.streamId },
  { name: 'stream_version', value: (e) => e.streamVersion },
  { name: 'type', value: (e) => e.type },
  { name: 'schema_version', value: (e) => e.schemaVersion },
  { name: 'data', value: (e) => JSON.stringify(e.data) },
  { name: 'metadata', value: (e) => storedMetadataText(e.metadata) },
  { name: 'prev_hash', value: (e) => e.prevHash },
  { name: 'hash', value: (e) => e.hash },
  // The personal fields' salts and digests (not covered by the hash); NULL when the event has none.
  { name: 'personal', value: personalColumn },
];

/** The parameters of `insertEvent` for a sealed event, in `WRITTEN_COLUMNS` order. */
export const insertParameters = (event: SealedEvent): unknown[] => WRITTEN_COLUMNS.map((column) => column.value(event));

export interface StreamRow {
  readonly version: bigint;
  readonly last_hash: string;
}

export type Statement<P extends unknown[], R> = Database.Statement<P, R>;

export interface Statements {
  readonly streamHead: Statement<[string, string], StreamRow>;
  readonly eventById: Statement<[string, string], EventRow>;
  readonly insertStream: Statement<[string, string, number, string], unknown>;
  readonly updateStream: Statement<[number, string, string, string], unknown>;
  readonly insertEvent: Statement<unknown[], unknown>;
  readonly streamForwards: Statement<[string, string, number, number, number], EventRow>;
  readonly streamBackwards: Statement<[string, string, number, number, number], EventRow>;
  readonly tenantAfter: Statement<[string, bigint, number], EventRow>;
  readonly tenantHead: Statement<[string], { position: bigint | null }>;
  readonly tenants: Statement<[], { tenant_id: string }>;
  readonly streamHeadsAfter: Statement<[string, string, number], StreamRow & { readonly stream_id: string }>;
}

/** Every statement the store runs, prepared once per connection. */
export const prepareStatements = (db: Database.Database): Statements => {
  const prepare = <P extends unknown[], R>(sql: string): Statement<P, R> => db.prepare<P, R>(sql).safeIntegers(true);
  return {
    streamHead: prepare<[string, string], StreamRow>(
      'SELECT version, last_hash FROM streams WHERE tenant_id = ? AND stream_id = ?',
    ),
    eventById: prepare<[string, string], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE tenant_id = ? AND event_id = ?`,
    ),
    insertStream: prepare<[string, string, number, string], unknown>(
      'INSERT INTO streams (tenant_id, stream_id, version, last_hash) VALUES (?, ?, ?, ?)',
    ),
    updateStream: prepare<[number, string, string, string], unknown>(
      'UPDATE streams SET version = ?, last_hash = ? WHERE tenant_id = ? AND stream_id = ?',
    ),
    insertEvent: prepare<unknown[], unknown>(
      `INSERT INTO events (${WRITTEN_COLUMNS.map((column) => column.name).join(', ')})
       VALUES (${WRITTEN_COLUMNS.map(() => '?').join(', ')})`,
    ),
    streamForwards: prepare<[string, string, number, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE tenant_id = ? AND stream_id = ? AND stream_version BETWEEN ? AND ?
       ORDER BY stream_version ASC LIMIT ?`,
    ),
    streamBackwards: prepare<[string, string, number, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE tenant_id = ? AND stream_id = ? AND stream_version BETWEEN ? AND ?
       ORDER BY stream_version DESC LIMIT ?`,
    ),
    tenantAfter: prepare<[string, bigint, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE tenant_id = ? AND position > ? ORDER BY position ASC LIMIT ?`,
    ),
    tenantHead: prepare<[string], { position: bigint | null }>(
      'SELECT max(position) AS position FROM events WHERE tenant_id = ?',
    ),
    tenants: prepare<[], { tenant_id: string }>('SELECT DISTINCT tenant_id FROM streams ORDER BY tenant_id'),
    streamHeadsAfter: prepare<[string, string, number], StreamRow & { readonly stream_id: string }>(
      'SELECT stream_id, version, last_hash FROM streams WHERE tenant_id = ? AND stream_id > ? ORDER BY stream_id LIMIT ?',
    ),
  };
};
