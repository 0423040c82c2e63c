import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManagementReview, domainRegistry } from '@mgmt-review/core';
import { actionSamples } from '@mgmt-review/core/testing';
import { replay, sequentialIds, steppingClock, verifyHistory } from '@mgmt-review/eventsourcing';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoredRowUnreadable } from './errors.js';
import { createSqliteEventStore } from './sqliteStore.js';

const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-sqlite-corrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One way a row can be damaged behind the store's back, and the error reads must give. */
interface Corruption {
  readonly what: string;
  /** Applied to the second event of `action-act-1` (its `ActionStarted`). */
  readonly sql: string;
  /** The tag the facade's load and commands return. */
  readonly tag: 'StoreUnavailable' | 'InvalidEvent' | 'UnknownEvent';
  /** Whether the row still parses, so the hash chain can be checked (and must name the row). */
  readonly parses: boolean;
}

const ROW = `stream_id = 'action-act-1' AND stream_version = 2`;
const corruptions: readonly Corruption[] = [
  {
    what: 'a payload that is not JSON',
    sql: `UPDATE events SET data = '{"actionId": "act-1", ' WHERE ${ROW}`,
    tag: 'StoreUnavailable',
    parses: false,
  },
  {
    what: 'metadata that is not JSON',
    sql: `UPDATE events SET metadata = 'nope' WHERE ${ROW}`,
    tag: 'StoreUnavailable',
    parses: false,
  },
  {
    what: 'a field of the wrong type',
    sql: `UPDATE events SET data = json_set(data, '$.at', 42) WHERE ${ROW}`,
    tag: 'InvalidEvent',
    parses: true,
  },
  {
    what: 'an unknown event type',
    sql: `UPDATE events SET type = 'ActionTeleported' WHERE ${ROW}`,
    tag: 'UnknownEvent',
    parses: true,
  },
  {
    what: 'a schema version no upcaster knows',
    sql: `UPDATE events SET schema_version = 99 WHERE ${ROW}`,
    tag: 'UnknownEvent',
    parses: true,
  },
];

const written = async (path: string) => {
  const clock = steppingClock('2026-03-31T08:00:00.000Z', 1_000);
  const store = createSqliteEventStore({ path, registry: domainRegistry, clock });
  const handles = createManagementReview({ store, clock, ids: sequentialIds('c') }).forTenant('tenant-c');
  for (const actionId of ['act-1', 'act-2']) {
    const samples = actionSamples(actionId);
    for (const result of [
      await handles.actions.raise(samples.raise.data, { actor: samples.raise.actor })(),
      await handles.actions.start(samples.start.data, { actor: samples.start.actor })(),
      await handles.actions.noteProgress(samples.noteProgress.data, { actor: samples.noteProgress.actor })(),
    ]) {
      if (result._tag === 'Left') throw new Error(result.left.message);
    }
  }
  await store.close();
};

let files = 0;

describe('SQLite rows damaged behind the store', () => {
  it.each(corruptions)(
    '$what: every read names the row, nothing is appended on it, and the other streams read as before',
    async ({ sql, tag, parses }) => {
      files += 1;
      const path = join(dir, `corrupt-${files}.db`);
      await written(path);
      const db = new Database(path);
      expect(db.prepare(sql).run().changes).toBe(1);
      db.close();

      const clock = steppingClock('2026-04-30T08:00:00.000Z', 1_000);
      const store = createSqliteEventStore({ path, registry: domainRegistry, clock });
      try {
        const tenant = store.forTenant('tenant-c');
        const handles = createManagementReview({ store, clock, ids: sequentialIds('d') }).forTenant('tenant-c');
        const head = await tenant.headPosition();
        const names = expect.stringContaining('action-act-1 version 2');

        expect(await handles.actions.load('act-1')()).toMatchObject({
          _tag: 'Left',
          left: { _tag: tag, message: names },
        });
        const complete = actionSamples('act-1').complete;
        expect(await handles.actions.complete(complete.data, { actor: complete.actor })()).toMatchObject({
          _tag: 'Left',
          left: { _tag: tag },
        });
        expect(await tenant.headPosition()).toBe(head);

        // A replay stops at the row with an error naming it, rather than folding a wrong state.
        const counting = { name: 'count', version: 1, initial: () => 0, apply: (count: number) => count + 1 };
        await expect(replay(tenant, domainRegistry, counting)).rejects.toThrow(/action-act-1 version 2/);
        if (parses) {
          expect(await verifyHistory(tenant.readAll())).toMatchObject({
            ok: false,
            break: { streamId: 'action-act-1', streamVersion: 2 },
          });
        } else {
          await expect(verifyHistory(tenant.readAll())).rejects.toBeInstanceOf(StoredRowUnreadable);
        }

        // The other action's stream is untouched and still works.
        expect(await handles.actions.load('act-2')()).toMatchObject({ _tag: 'Right', right: { version: 3 } });
        const other = actionSamples('act-2').complete;
        expect(await handles.actions.complete(other.data, { actor: other.actor })()).toMatchObject({ _tag: 'Right' });
      } finally {
        await store.close();
      }
    },
  );
});
