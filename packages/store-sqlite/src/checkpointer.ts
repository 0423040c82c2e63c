import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Checkpoints of the write-ahead log, off the append path. SQLite's default runs a checkpoint
 * inside the commit that fills the log past 1,000 pages: that append then copies the log's pages
 * into the database file and waits for two syncs. Here a worker thread with its own connection
 * runs `PRAGMA wal_checkpoint(PASSIVE)` shortly after appends, on the other core: a passive
 * checkpoint never takes the write lock and never waits for readers, so appends and reads go on
 * while it copies. The writer keeps SQLite's own checkpoint as a backstop at a larger size
 * (`BACKSTOP_PAGES`), so the log stays bounded if the worker falls behind or stops. Durability is
 * unchanged: with `synchronous: 'normal'` the log is synced at checkpoints, whoever runs them.
 */
export interface Checkpointer {
  /** Called after a commit that wrote: the worker checkpoints within `FIRST_DELAY_MS`. */
  readonly noteWrite: () => void;
  /** Stops the worker and closes its connection; resolves when the worker has exited. */
  readonly stop: () => Promise<void>;
}

/** The writer's own checkpoint, kept as a backstop: about 16 MB of log at 4 KiB pages. */
export const BACKSTOP_PAGES = 4000;
/** SQLite's default, used when checkpoints run inline. */
export const INLINE_PAGES = 1000;

const FIRST_DELAY_MS = 5;
const IDLE_DELAY_MS = 250;

// The worker's code, plain JavaScript evaluated as a CommonJS script (no build step, no loader):
// it polls a shared write counter, checkpoints when it moved, and backs off while the store is idle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const writes = new Int32Array(workerData.writes);
const db = new Database(workerData.path, { timeout: 0 });
db.pragma('synchronous = ' + workerData.synchronous);
// From 0, not the counter's value at start: appends made while the worker was starting count too.
let seen = 0;
let delay = workerData.firstDelayMs;
let timer;
const tick = () => {
  const now = Atomics.load(writes, 0);
  if (now !== seen) {
    seen = now;
    db.pragma('wal_checkpoint(PASSIVE)');
    delay = workerData.firstDelayMs;
  } else {
    delay = Math.min(delay * 2, workerData.idleDelayMs);
  }
  timer = setTimeout(tick, delay);
};
timer = setTimeout(tick, delay);
parentPort.on('message', () => {
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

const driverPath = (): string => createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Starts the worker on the file at `path`. `onFailure` is called once if the worker fails (the
 * file cannot be opened by a second connection, a checkpoint throws): the caller then goes back to
 * inline checkpoints.
 */
export const startCheckpointer = (
  path: string,
  synchronous: 'FULL' | 'NORMAL',
  onFailure: (error: Error) => void,
): Checkpointer => {
  const writes = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: driverPath(),
      path,
      synchronous,
      writes: writes.buffer,
      firstDelayMs: FIRST_DELAY_MS,
      idleDelayMs: IDLE_DELAY_MS,
    },
  });
  // The worker never keeps a process alive: a host that exits without closing the store loses no
  // data (the log is checkpointed when the file is next opened).
  worker.unref();
  let running = true;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.once('error', (error) => {
    if (!running) return;
    running = false;
    onFailure(error);
  });
  return {
    noteWrite: () => {
      if (running) Atomics.add(writes, 0, 1);
    },
    stop: async () => {
      // Held until it has exited: an unreferenced worker would let the process end mid-close.
      worker.ref();
      if (running) {
        running = false;
        worker.postMessage('stop');
      }
      await exited;
    },
  };
};
