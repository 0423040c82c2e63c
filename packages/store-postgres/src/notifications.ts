import type pg from 'pg';
import type { Subject } from 'rxjs';
import { type Connector, literal, queryOnce } from './connection.js';

/** The channel a schema's appends are announced on (payload: the tenant id). */
export const channelOf = (schema: string): string => `mgmt_review_${schema}`;

/**
 * How long after one announcement the next waits, gathering the appends made meanwhile: at most one
 * NOTIFY round trip per interval however many writers append (each cost about a sixth of a
 * single-event append's CPU, measured in `npm run bench`), for at most this much added latency to
 * subscribers in other processes — far below their poll (100 ms by default).
 */
export const ANNOUNCE_INTERVAL_MS = 5;

/**
 * Announces appends to other processes, after their commit and off the append's path: a NOTIFY
 * inside the append's transaction would take PostgreSQL's notification lock through the commit and
 * serialise concurrent commits. The first announcement goes at once; those made while it is sent,
 * or within `ANNOUNCE_INTERVAL_MS` after it, are coalesced into the next (one NOTIFY per tenant).
 * Best effort: a failed announcement is left to the listeners' poll.
 */
export const createNotifier = (connector: Connector, schema: string) => {
  const pending = new Set<string>();
  let sending: Promise<void> | undefined;
  const send = async (): Promise<void> => {
    while (pending.size > 0) {
      const tenants = [...pending];
      pending.clear();
      const notifies = tenants.map((tenant) => `pg_notify(${literal(channelOf(schema))}, ${literal(tenant)})`);
      await queryOnce(connector, `SELECT ${notifies.join(', ')}`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_INTERVAL_MS));
    }
    sending = undefined;
  };
  return {
    announce(tenantId: string): void {
      pending.add(tenantId);
      sending ??= send();
    },
    /** Resolves once every announcement made so far has been sent (or has failed). */
    async flush(): Promise<void> {
      await sending;
    },
  };
};

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
