import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteOpenFailed } from './errors.js';
import { SCHEMA_VERSION } from './migrations.js';
import { createSqliteEventStore, openSqliteEventStore } from './sqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pragmaOf = (path: string, name: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma(name, { simple: true });
  } finally {
    db.close();
  }
};

describe('SQLite schema migrations', () => {
  it('creates a new file at the current schema version, in WAL mode', async () => {
    const path = join(dir, 'new.db');
    await createSqliteEventStore({ path, registry: contractRegistry }).close();
    expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION);
    expect(pragmaOf(path, 'journal_mode')).toBe('wal');
  });

  it('reopens a file with its events, without migrating it again', async () => {
    const path = join(dir, 'reopen.db');
    const first = createSqliteEventStore({ path, registry: contractRegistry });
    await first.forTenant('tenant-a').append('tally-1', countedEvents(3));
    await first.close();
    const again = createSqliteEventStore({ path, registry: contractRegistry });
    const read = await again.forTenant('tenant-a').readStream('tally-1');
    expect(read._tag === 'Right' && read.right.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    await again.close();
    expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION);
  });

  it('refuses a file from a newer schema version with SchemaTooNew, and leaves it untouched', () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const opened = openSqliteEventStore({ path, registry: contractRegistry });
    expect(opened._tag === 'Left' && opened.left).toMatchObject({
      _tag: 'SchemaTooNew',
      path,
      found: SCHEMA_VERSION + 1,
      supported: SCHEMA_VERSION,
    });
    expect(() => createSqliteEventStore({ path, registry: contractRegistry })).toThrow(SqliteOpenFailed);
    expect(pragmaOf(path, 'user_version')).toBe(SCHEMA_VERSION + 1);
    const tables = new Database(path, { readonly: true });
    expect(tables.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    tables.close();
  });

  it('refuses a file that is not a database with StoreOpenFailed', () => {
    const path = join(dir, 'not-a-database.db');
    writeFileSync(path, 'this is a text file, not a SQLite database, and it is long enough to have a header');
    const opened = openSqliteEventStore({ path, registry: contractRegistry });
    expect(opened._tag === 'Left' && opened.left._tag).toBe('StoreOpenFailed');
  });

  it('refuses a path in a directory that does not exist with StoreOpenFailed', () => {
    const opened = openSqliteEventStore({ path: join(dir, 'missing', 'x.db'), registry: contractRegistry });
    expect(opened._tag === 'Left' && opened.left._tag).toBe('StoreOpenFailed');
  });
});
