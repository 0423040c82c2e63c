import { describe, expect, it } from 'vitest';
import type { Connector, Session } from './connection.js';
import { ANNOUNCE_INTERVAL_MS, createNotifier } from './notifications.js';

/** A connector that records each statement it is sent, taking `latencyMs` per round trip (0: none, answered within the turn). */
const recordingConnector = (latencyMs: number) => {
  const sent: string[] = [];
  const session = {
    query: async (text: string) => {
      sent.push(text);
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return { rows: [] };
    },
    release: () => undefined,
  } as unknown as Session;
  const connector: Connector = { connect: async () => session, end: async () => undefined, concurrent: true };
  return { connector, sent };
};

describe('announcements of appends to other processes', () => {
  it('gather appends made one after another into far fewer NOTIFY round trips, one per tenant each, losing none', async () => {
    const { connector, sent } = recordingConnector(0);
    const notifier = createNotifier(connector, 'mr');
    const appends = 60;
    // One append per turn of the event loop, as writers finishing one after another make them:
    // without the interval each would find the previous NOTIFY sent and send its own.
    for (let i = 0; i < appends; i++) {
      notifier.announce(i % 2 === 0 ? 'acme' : 'globex');
      await new Promise((resolve) => setImmediate(resolve));
    }
    await notifier.flush();
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBeLessThanOrEqual(appends / 3);
    for (const statement of sent) expect(statement.match(/pg_notify/g)?.length).toBeLessThanOrEqual(2);
    // Both tenants' last appends were announced after the last NOTIFY before them.
    expect(sent.at(-1)).toContain("'acme'");
    expect(sent.at(-1)).toContain("'globex'");
  });

  it('sends an announcement made alone at once, and holds the next one back for the interval', async () => {
    const { connector, sent } = recordingConnector(0);
    const notifier = createNotifier(connector, 'mr');
    const started = performance.now();
    notifier.announce('acme');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toHaveLength(1);
    await notifier.flush();
    expect(performance.now() - started).toBeGreaterThanOrEqual(ANNOUNCE_INTERVAL_MS - 1);
  });
});
