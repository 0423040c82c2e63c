/**
 * Durable stores: SQLite (file, WAL) and PostgreSQL (a throwaway local server, or DATABASE_URL),
 * each compared with a raw driver loop doing the same writes, and PostgreSQL also with Emmett's
 * PostgreSQL event store on the same server in the same run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import {
  createCommandHandler,
  type Decider,
  type DomainError,
  EMPTY_HEAD,
  type NewEvent,
  type StreamHead,
} from '@mgmt-review/eventsourcing';
import { createPostgresEventStore } from '@mgmt-review/store-postgres';
import { type LocalPostgres, startLocalPostgres } from '@mgmt-review/store-postgres/testing';
import { createSqliteEventStore } from '@mgmt-review/store-sqlite';
import Database from 'better-sqlite3';
import { right } from 'fp-ts/lib/Either.js';
import pg from 'pg';
import { fastest, scaled } from '../measure.js';
import type { Measurement, Scenario } from '../scenario.js';
import { type TaskEvent, taskRegistry } from '../workload/taskEvents.js';

const actor = { id: 'user-1', role: 'owner' } as const;
const occurredAt = '2026-01-01T00:00:00.000Z';
const BATCH = 100;
const WRITERS = 8;

const progressed = (task: number, percent: number) => ({
  taskId: `task-${task}`,
  percent: percent % 100,
  note: 'on track',
});

const newEvents = (task: number, count: number): NewEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'TaskProgressed',
    data: progressed(task, i),
    metadata: { actor, occurredAt },
  }));

const throughput = (events: number, wallMs: number, unit = 'events/s'): Measurement[] => [
  { metric: 'throughput', value: (events / wallMs) * 1000, unit },
];

/**
 * Throughput by wall time and by the process's CPU time: for an in-process store (SQLite) the
 * second counts all the work and little of other load on the machine, so its ratio is the steadier.
 */
const inProcessThroughput = (events: number, timing: { wallMs: number; cpuMs: number }): Measurement[] => [
  ...throughput(events, timing.wallMs),
  { metric: 'cpu throughput', value: (events / timing.cpuMs) * 1000, unit: 'events/cpu-s' },
];

const percentiles = (samplesMs: number[]): Measurement[] => {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return [
    { metric: 'p50', value: at(0.5), unit: 'ms' },
    { metric: 'p99', value: at(0.99), unit: 'ms' },
  ];
};

const tempDir = () => mkdtempSync(join(tmpdir(), 'mgmt-review-bench-'));

// ── SQLite ──────────────────────────────────────────────────────────────────────────────────────

/** A row shaped like the store's, with JSON and a hash computed before the loop: the driver's floor. */
/**
 * `normal`: the WAL is synced at checkpoints (an acknowledged append survives a process crash);
 * `full`: at every commit (it survives a power loss too), where the disk's fsync sets the pace.
 */
type Sync = 'normal' | 'full';

const rawSqliteBatches = (batches: number, sync: Sync) => {
  const dir = tempDir();
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,
    stream_id TEXT NOT NULL, stream_version INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL,
    metadata TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream_id, stream_version))`);
  const insert = db.prepare('INSERT INTO events VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)');
  const data = JSON.stringify(progressed(1, 1));
  const metadata = JSON.stringify({ actor, occurredAt, recordedAt: occurredAt });
  const hash = 'f'.repeat(64);
  const write = db.transaction((b: number) => {
    for (let i = 0; i < BATCH; i++) {
      insert.run(
        `e-${b}-${i}`,
        `task-${b % 1000}`,
        Math.floor(b / 1000) * BATCH + i + 1,
        'TaskProgressed',
        data,
        metadata,
        hash,
      );
    }
  });
  for (let b = 0; b < batches; b++) write.immediate(b);
  db.close();
  rmSync(dir, { recursive: true, force: true });
};

const sqliteBatches = async (batches: number, synchronous: Sync) => {
  const dir = tempDir();
  const store = createSqliteEventStore({ path: join(dir, 'store.db'), registry: taskRegistry, synchronous });
  const tenant = store.forTenant('tenant-1');
  for (let b = 0; b < batches; b++) {
    const appended = await tenant.append(`task-${b % 1000}`, newEvents(b % 1000, BATCH));
    if (appended._tag === 'Left') throw new Error(appended.left.message);
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
};

type Progress = { readonly type: 'Progress'; readonly percent: number };
/** One command, one event, decided from the state read: the shape of every command in the domain. */
const progressDecider: Decider<Progress, { percent: number }, TaskEvent, DomainError> = {
  initialState: { percent: 0 },
  evolve: (state, event) => (event.type === 'TaskProgressed' ? { percent: event.data.percent } : state),
  decide: (command) =>
    right([{ type: 'TaskProgressed', data: { taskId: 'task', percent: command.percent, note: 'on track' } }]),
};

const STREAMS = 200;

const sqliteRoundTrips = async (commands: number): Promise<number[]> => {
  const dir = tempDir();
  const store = createSqliteEventStore({ path: join(dir, 'store.db'), registry: taskRegistry, synchronous: 'normal' });
  const handle = createCommandHandler({
    store: store.forTenant('tenant-1'),
    registry: taskRegistry,
    decider: progressDecider,
  });
  const samples: number[] = [];
  for (let c = 0; c < commands; c++) {
    const start = process.hrtime.bigint();
    const result = await handle(
      `task-${c % STREAMS}`,
      { type: 'Progress', percent: c % 100 },
      {
        commandId: `command-${c}`,
        actor,
        occurredAt,
      },
    )();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result._tag === 'Left') throw new Error(result.left.message);
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return samples;
};

/** The driver's floor for a command: read the stream's rows, insert one, in one transaction. */
const rawSqliteRoundTrips = (commands: number): number[] => {
  const dir = tempDir();
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL,
    stream_version INTEGER NOT NULL, data TEXT NOT NULL, UNIQUE (stream_id, stream_version))`);
  const read = db.prepare('SELECT stream_version, data FROM events WHERE stream_id = ? ORDER BY stream_version');
  const insert = db.prepare('INSERT INTO events (stream_id, stream_version, data) VALUES (?, ?, ?)');
  const command = db.transaction((stream: string, c: number) => {
    const rows = read.all(stream) as { stream_version: number; data: string }[];
    for (const row of rows) JSON.parse(row.data);
    insert.run(stream, rows.length + 1, JSON.stringify(progressed(c, c)));
  });
  const samples: number[] = [];
  for (let c = 0; c < commands; c++) {
    const start = process.hrtime.bigint();
    command.immediate(`task-${c % STREAMS}`, c);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return samples;
};

// ── PostgreSQL ──────────────────────────────────────────────────────────────────────────────────

let server: LocalPostgres | undefined;
/** DATABASE_URL, or a throwaway local server started once per run (stopped when the process exits). */
const postgresUrl = async (log: (m: string) => void): Promise<string> => {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (server === undefined) {
    server = await startLocalPostgres({ maxConnections: 60 });
    log(`throwaway PostgreSQL server (fsync on) at ${server.connectionString}`);
  }
  return server.connectionString;
};

let schemas = 0;
/** Runs `writers` loops at once, each `appends` times; returns the wall time in ms. */
const concurrently = async (appends: number, write: (writer: number, i: number) => Promise<void>) => {
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let i = 0; i < appends; i++) await write(writer, i);
    }),
  );
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** 8 writers, each on its own streams, with raw INSERTs through a pool: the driver's floor. */
const rawPostgres = async (url: string, perAppend: number, appends: number): Promise<number> => {
  const pool = new pg.Pool({ connectionString: url, max: WRITERS });
  const table = `raw_events_${++schemas}`;
  await pool.query(`CREATE TABLE ${table} (position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id text NOT NULL UNIQUE, stream_id text NOT NULL, stream_version int NOT NULL, type text NOT NULL,
    data json NOT NULL, metadata json NOT NULL, hash text NOT NULL, UNIQUE (stream_id, stream_version))`);
  const data = JSON.stringify(progressed(1, 1));
  const metadata = JSON.stringify({ actor, occurredAt, recordedAt: occurredAt });
  const hash = 'f'.repeat(64);
  const wallMs = await concurrently(appends, async (writer, i) => {
    const ids = Array.from({ length: perAppend }, (_, j) => `${table}-${writer}-${i}-${j}`);
    const versions = Array.from({ length: perAppend }, (_, j) => i * perAppend + j + 1);
    await pool.query(
      `INSERT INTO ${table} (event_id, stream_id, stream_version, type, data, metadata, hash)
       SELECT u.id, $1, u.v, 'TaskProgressed', $2::json, $3::json, $4 FROM unnest($5::text[], $6::int[]) AS u(id, v)`,
      [`task-${writer}`, data, metadata, hash, ids, versions],
    );
  });
  await pool.end();
  return wallMs;
};

/** Through the PostgreSQL store; all writers in one tenant unless `tenantPerWriter`. */
const ourPostgres = async (
  url: string,
  perAppend: number,
  appends: number,
  tenantPerWriter = false,
): Promise<number> => {
  const store = await createPostgresEventStore({
    connectionString: url,
    maxConnections: WRITERS,
    schema: `bench_${++schemas}`,
    registry: taskRegistry,
  });
  // Each writer appends on the head its previous append left, as a command handler does with the
  // head of the stream it has just read: the store seals first and appends in one round trip.
  const heads: StreamHead[] = Array.from({ length: WRITERS }, () => EMPTY_HEAD);
  const wallMs = await concurrently(appends, async (writer, i) => {
    const tenant = store.forTenant(tenantPerWriter ? `tenant-${writer}` : 'tenant-1');
    const appended = await tenant.append(`task-${writer}`, newEvents(writer, perAppend), {
      expectedVersion: i === 0 ? 'no-stream' : i * perAppend,
      knownHead: heads[writer]!,
    });
    if (appended._tag === 'Left') throw new Error(appended.left.message);
    const last = appended.right.events.at(-1)!;
    heads[writer] = { version: last.streamVersion, hash: last.hash };
  });
  await store.close();
  return wallMs;
};

const emmettPostgres = async (url: string, perAppend: number, appends: number): Promise<number> => {
  const store = getPostgreSQLEventStore(url);
  const run = ++schemas;
  const wallMs = await concurrently(appends, async (writer, i) => {
    await store.appendToStream(
      `task-${run}-${writer}`,
      Array.from({ length: perAppend }, (_, j) => ({ type: 'TaskProgressed', data: progressed(writer, j) })),
      i === 0 ? {} : { expectedStreamVersion: BigInt(i * perAppend) },
    );
  });
  await store.close();
  return wallMs;
};

const TICKS_PER_SECOND = 100;

/** utime + stime (+ cutime + cstime when `reaped`) of a process, in ms, from /proc; 0 once it is gone. */
const processCpuMs = (pid: number, reaped: boolean): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Fields 14–17 of proc(5), counted from the state (field 3) at index 0.
    const ticks = fields.slice(11, reaped ? 15 : 13).reduce((sum, value) => sum + Number(value), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
};

/**
 * The CPU time the server has used so far, in ms, when it runs on this machine: its postmaster,
 * with every backend it has reaped, plus its live backends. Undefined for a remote server.
 */
const serverCpuMs = async (url: string): Promise<number | undefined> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let postmaster: number;
  try {
    const backend = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    postmaster = Number(readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
  let total = processCpuMs(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (parent === postmaster) total += processCpuMs(Number(entry), false);
    } catch {}
  }
  return total;
};

/**
 * Runs a PostgreSQL workload — a warm-up on a tenth of it, then three runs, the fastest reported,
 * as for every scenario — and reports its throughput and, when the server is local, the CPU time
 * per event of this process and the server together over the three runs: on a machine shared
 * with other work, the steadier figure to compare.
 */
const postgresScenario =
  (write: (url: string, perAppend: number, appends: number) => Promise<number>, perAppend: number, appends: number) =>
  async ({ scale, log }: { scale: number; log: (m: string) => void }): Promise<Measurement[]> => {
    const url = await postgresUrl(log);
    const count = scaled(appends, scale, 5);
    await write(url, perAppend, Math.max(1, Math.round(count / 10)));
    const serverBefore = await serverCpuMs(url);
    const clientBefore = process.cpuUsage();
    let wallMs = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) wallMs = Math.min(wallMs, await write(url, perAppend, count));
    const client = process.cpuUsage(clientBefore);
    const serverAfter = await serverCpuMs(url);
    const events = count * WRITERS * perAppend;
    const cpu: Measurement[] =
      serverBefore === undefined || serverAfter === undefined
        ? []
        : [
            {
              metric: 'cpu per event',
              value: ((serverAfter - serverBefore + (client.user + client.system) / 1000) * 1000) / (3 * events),
              unit: 'µs (client + server)',
            },
            { metric: 'server cpu per event', value: ((serverAfter - serverBefore) * 1000) / (3 * events), unit: 'µs' },
          ];
    return [...(perAppend === 1 ? throughput(events, wallMs, 'appends/s') : throughput(events, wallMs)), ...cpu];
  };

const SQLITE_BATCHES = 2_000;
const COMMANDS = 20_000;
const PG_SINGLE_APPENDS = 1_000;
const PG_BATCH_APPENDS = 100;

export const scenarios: Scenario[] = [
  ...(['normal', 'full'] as const).flatMap((sync): Scenario[] => {
    const suffix = sync === 'normal' ? '' : '-full';
    return [
      {
        name: `sqlite-raw-batch${suffix}`,
        description: `baseline: better-sqlite3 inserting prepared rows, 100 per IMMEDIATE transaction, WAL, synchronous=${sync.toUpperCase()}`,
        run: async ({ scale }) => {
          const batches = scaled(SQLITE_BATCHES, scale, 10);
          const timing = await fastest(() => rawSqliteBatches(batches, sync), { warmups: 1, repeats: 3 });
          return inProcessThroughput(batches * BATCH, timing);
        },
      },
      {
        name: `sqlite-append-batch${suffix}`,
        description: `SQLite file store, synchronous: '${sync}': 100-event appends (validation, hashing, version check), 1,000 streams`,
        baseline: `sqlite-raw-batch${suffix}`,
        ...(sync === 'normal' ? { targets: [{ metric: 'throughput', valueAtLeast: 80_000 }] } : {}),
        run: async ({ scale }) => {
          const batches = scaled(SQLITE_BATCHES, scale, 10);
          const timing = await fastest(() => sqliteBatches(batches, sync), { warmups: 1, repeats: 3 });
          return inProcessThroughput(batches * BATCH, timing);
        },
      },
    ];
  }),
  {
    name: 'sqlite-raw-command',
    description: 'baseline: one transaction reading a stream’s rows and inserting one, 200 streams, synchronous=NORMAL',
    run: async ({ scale }) => {
      rawSqliteRoundTrips(scaled(COMMANDS / 10, scale, 10));
      return percentiles(rawSqliteRoundTrips(scaled(COMMANDS, scale, 100)));
    },
  },
  {
    name: 'sqlite-command',
    description:
      'SQLite file store: one command through createCommandHandler (read, fold, decide, append), 200 streams',
    baseline: 'sqlite-raw-command',
    targets: [{ metric: 'p50', valueAtMost: 0.3 }],
    run: async ({ scale }) => {
      await sqliteRoundTrips(scaled(COMMANDS / 10, scale, 10));
      return percentiles(await sqliteRoundTrips(scaled(COMMANDS, scale, 100)));
    },
  },
  {
    name: 'pg-raw-single',
    description: 'baseline: 8 writers, single-row INSERTs through a pg pool (autocommit)',
    run: postgresScenario(rawPostgres, 1, PG_SINGLE_APPENDS),
  },
  {
    name: 'emmett-pg-single',
    description: "Emmett's PostgreSQL event store: 8 writers, single-event appends with an expected version",
    baseline: 'pg-raw-single',
    run: postgresScenario(emmettPostgres, 1, PG_SINGLE_APPENDS),
  },
  {
    name: 'pg-append-single',
    description: 'PostgreSQL store: 8 writers, single-event appends with an expected version (ratio: to Emmett)',
    baseline: 'emmett-pg-single',
    run: postgresScenario(ourPostgres, 1, PG_SINGLE_APPENDS),
  },
  {
    name: 'pg-append-single-tenants',
    description: 'the same with each writer in its own tenant (appends of different tenants never wait for each other)',
    baseline: 'emmett-pg-single',
    run: postgresScenario(
      (url, perAppend, appends) => ourPostgres(url, perAppend, appends, true),
      1,
      PG_SINGLE_APPENDS,
    ),
  },
  {
    name: 'pg-raw-batch',
    description: 'baseline: 8 writers, 100-row INSERT … SELECT unnest through a pg pool (autocommit)',
    run: postgresScenario(rawPostgres, BATCH, PG_BATCH_APPENDS),
  },
  {
    name: 'emmett-pg-batch',
    description: "Emmett's PostgreSQL event store: 8 writers, 100-event appends with an expected version",
    baseline: 'pg-raw-batch',
    run: postgresScenario(emmettPostgres, BATCH, PG_BATCH_APPENDS),
  },
  {
    name: 'pg-append-batch',
    description: 'PostgreSQL store: 8 writers, 100-event appends with an expected version (ratio: to Emmett)',
    baseline: 'emmett-pg-batch',
    run: postgresScenario(ourPostgres, BATCH, PG_BATCH_APPENDS),
  },
];
