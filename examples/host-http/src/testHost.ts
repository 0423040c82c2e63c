import { randomUUID } from 'node:crypto';
import { type Clock, steppingClock } from '@mgmt-review/eventsourcing';
import { type LocalPostgres, startLocalPostgres } from '@mgmt-review/store-postgres/testing';
import { type Host, startHost } from './host.js';

/** A throwaway PostgreSQL server for one test file, and hosts over it in schemas of their own. */
export interface TestServer {
  readonly connectionString: string;
  /** A host in new schemas (or in the given ones, to start again over the same tables). */
  host(
    schemas?: { storeSchema: string; readModelSchema: string },
    clock?: Clock,
  ): Promise<Host & { schemas: { storeSchema: string; readModelSchema: string } }>;
  stop(): Promise<void>;
}

/** The day the tests read the registers on: after the sample's first action fell due. */
export const TEST_NOW = '2026-09-01T08:00:00Z';

export const startTestServer = async (): Promise<TestServer> => {
  const server: LocalPostgres = await startLocalPostgres({ fsync: false });
  const hosts: Host[] = [];
  return {
    connectionString: server.connectionString,
    host: async (schemas, clock) => {
      const run = randomUUID().replaceAll('-', '').slice(0, 10);
      const named = schemas ?? { storeSchema: `store_${run}`, readModelSchema: `host_${run}` };
      const host = await startHost({
        connectionString: server.connectionString,
        clock: clock ?? steppingClock(TEST_NOW),
        ...named,
      });
      hosts.push(host);
      return Object.assign(host, { schemas: named });
    },
    stop: async () => {
      try {
        for (const host of hosts.splice(0)) await host.close().catch(() => undefined);
      } finally {
        await server.stop();
      }
    },
  };
};
