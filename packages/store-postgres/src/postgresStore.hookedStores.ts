import type { EventStore, StoredEvent } from '@mgmt-review/eventsourcing';
import { contractRegistry } from '@mgmt-review/testing';
import { openWithHooks } from './postgresStore.js';
import type { TestDatabase } from './testing/index.js';

/**
 * Test support, not published: stores on the suite's test database opened with the test-only hook
 * that runs after the events are written and before the commit (the tenant's lock is held), each
 * closed after its test; and test titles that carry the reason when several connections are not
 * available here.
 */
export const useHookedStores = (
  database: TestDatabase,
  hooks: { readonly afterEach: (fn: () => Promise<void>) => void },
) => {
  const skip = database.concurrencySkipReason;
  const title = (what: string) => (skip === undefined ? what : `${what} (skipped: ${skip})`);
  const opened: EventStore[] = [];
  hooks.afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  const open = async (beforeCommit?: (events: readonly StoredEvent[]) => Promise<void>) => {
    const result = await openWithHooks(
      { ...database.connection(), schema: database.schemaName(), registry: contractRegistry, pollIntervalMs: 5 },
      beforeCommit === undefined ? {} : { beforeCommit },
    );
    if (result._tag === 'Left') throw new Error(result.left.message);
    opened.push(result.right);
    return result.right;
  };
  return { skip, title, open };
};
