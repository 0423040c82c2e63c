import { systemClock } from '@mgmt-review/eventsourcing';
import { startLocalPostgres } from '@mgmt-review/store-postgres/testing';
import { startHost } from './host.js';
import { writeSampleHistory } from './sampleHistory.js';

/**
 * `npm start`: the service on PORT (default 3000) over the PostgreSQL in DATABASE_URL, or, without
 * one, over a throwaway local server holding a sample history (stopped and removed on exit).
 */
const main = async () => {
  const local = process.env.DATABASE_URL ? undefined : await startLocalPostgres();
  const connectionString = process.env.DATABASE_URL ?? local!.connectionString;
  const host = await startHost({ connectionString, clock: systemClock });
  if (local !== undefined) await writeSampleHistory(host.facade, 'acme');
  const port = Number(process.env.PORT ?? 3000);
  const address = await host.app.listen({ port, host: '127.0.0.1' });
  console.log(`mgmt-review host example on ${address}/?tenant=acme (OpenAPI at ${address}/openapi.json)`);
  const stop = async () => {
    await host.close();
    await local?.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

await main();
