import type Database from 'better-sqlite3';
import { EVENT_COLUMNS, type EventRow } from './rows.js';

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
  readonly insertEvent: Statement<
    [string, string, string, number, string, number, string, string, string, string, string | null],
    unknown
  >;
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
    insertEvent: prepare<
      [string, string, string, number, string, number, string, string, string, string, string | null],
      unknown
    >(
      `INSERT INTO events (event_id, tenant_id, stream_id, stream_version, type, schema_version, data, metadata, prev_hash, hash, personal)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
