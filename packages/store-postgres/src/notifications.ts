import type pg from 'pg';
import type { Subject } from 'rxjs';
import { literal } from './connection.js';

/** The channel a schema's appends are announced on (payload: the tenant id). */
export const channelOf = (schema: string): string => `mgmt_review_${schema}`;

/** The statement that announces a tenant's append; sent before COMMIT, delivered by PostgreSQL at commit. */
export const notifyStatement = (schema: string, tenantId: string): string =>
  `SELECT pg_notify(${literal(channelOf(schema))}, ${literal(tenantId)})`;

/**
 * Listens for appends made by other processes on the schema's channel and wakes this store's
 * subscriptions (through `committed`) so they need not wait for their next poll. Best effort: a
 * notification can be missed (a dropped connection, a payload too long), and polling still finds
 * the events; the listener is opened on the first subscription and closed with the store.
 */
export const createListener = (
  makeClient: (() => pg.Client) | undefined,
  schema: string,
  committed: Subject<string>,
) => {
  let client: pg.Client | undefined;
  let starting: Promise<void> | undefined;
  let closed = false;
  const start = async () => {
    if (makeClient === undefined || closed) return;
    const next = makeClient();
    next.on('notification', (message) => {
      if (message.payload !== undefined && !closed) committed.next(message.payload);
    });
    // A lost listener only costs latency (subscriptions still poll): forget it, listen again later.
    next.on('error', () => {
      if (client === next) client = undefined;
      starting = undefined;
      next.end().catch(() => undefined);
    });
    await next.connect();
    await next.query(`LISTEN "${channelOf(schema)}"`);
    if (closed) await next.end();
    else client = next;
  };
  return {
    /** Starts listening, once; failures are left to polling. */
    ensure(): void {
      if (starting !== undefined || makeClient === undefined) return;
      starting = start().catch(() => {
        starting = undefined;
      });
    },
    async close(): Promise<void> {
      closed = true;
      await starting;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
};
