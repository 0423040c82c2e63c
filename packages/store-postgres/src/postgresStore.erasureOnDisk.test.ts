import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { verifyHistory } from '@mgmt-review/eventsourcing';
import { erasureRequest, feedbackGivenEvent, feedbackRegistry } from '@mgmt-review/eventsourcing/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });
const SECRET = 'Zebulon Quartz, room 4711';

/** Every file under a directory, recursively. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** The table files (every database's, under `base/`) that hold the text, as bytes. */
const tableFilesWith = (dataDirectory: string): string[] =>
  filesUnder(join(dataDirectory, 'base')).filter((file) => readFileSync(file).includes(Buffer.from(SECRET)));

const rightOf = <A>(either: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: A }): A => {
  if (either._tag === 'Left') throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe('erasure in PostgreSQL', () => {
  it.skipIf(database.kind !== 'throwaway server')(
    `leaves the erased text in no table file after VACUUM FULL and CHECKPOINT${database.kind === 'throwaway server' ? '' : ` (skipped: the data directory of a ${database.kind} is not readable here)`}`,
    async () => {
      const schema = database.schemaName();
      const store = await createPostgresEventStore({ ...database.connection(), schema, registry: feedbackRegistry });
      const tenant = store.forTenant('acme');
      const event = rightOf(
        await tenant.append('feedback-1', [feedbackGivenEvent({ feedbackId: 'f1', text: SECRET, items: [] })]),
      ).events[0]!;
      const client = await database.rawClient();
      try {
        const dataDirectory = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!
          .data_directory;
        await client.query('CHECKPOINT');
        expect(tableFilesWith(dataDirectory)).not.toEqual([]);
        rightOf(await tenant.erase(erasureRequest(event.eventId, ['/text'])));
        await client.query('CHECKPOINT');
        // The row's old version stays in the table's file until the table is rewritten.
        expect(tableFilesWith(dataDirectory)).not.toEqual([]);
        await client.query(`VACUUM FULL "${schema}".events`);
        await client.query('CHECKPOINT');
        expect(tableFilesWith(dataDirectory)).toEqual([]);
        expect(await verifyHistory(tenant.readAll())).toMatchObject({ ok: true, erasures: [{ pointer: '/text' }] });
      } finally {
        await client.end();
        await store.close();
      }
    },
  );
});
