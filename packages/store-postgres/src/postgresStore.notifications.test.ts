import { contractRegistry, countedEvents } from '@mgmt-review/testing';
import { firstValueFrom, take, timeout, toArray } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresEventStore } from './postgresStore.js';
import { useTestDatabase } from './testing/index.js';

const database = useTestDatabase({ beforeAll, afterAll });
const skip = database.kind === 'PGlite' ? 'PGlite has no second connection to notify' : undefined;

describe('PostgreSQL subscriptions across processes', () => {
  it.skipIf(skip !== undefined)(
    `wake up on another process's append without waiting for the next poll${skip === undefined ? '' : ` (skipped: ${skip})`}`,
    async () => {
      const schema = database.schemaName();
      // Two stores, two pools: as two processes. The reader would poll only once a minute.
      const writer = await createPostgresEventStore({ ...database.connection(), schema, registry: contractRegistry });
      const reader = await createPostgresEventStore({
        ...database.connection(),
        schema,
        registry: contractRegistry,
        pollIntervalMs: 60_000,
      });
      try {
        const received = firstValueFrom(
          reader
            .forTenant('tenant-a')
            .subscribe()
            .pipe(take(2), toArray(), timeout({ first: 10_000 })),
        );
        // The reader's first read finds nothing; then it sleeps until woken.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await writer.forTenant('tenant-a').append('tally-1', countedEvents(2));
        expect((await received).map((e) => e.streamVersion)).toEqual([1, 2]);
      } finally {
        await writer.close();
        await reader.close();
      }
    },
  );
});
