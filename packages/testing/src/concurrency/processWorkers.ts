import { fork } from 'node:child_process';
import { createManagementReview } from '@mgmt-review/core';
import { type EventStore, systemClock, uuidV7Ids } from '@mgmt-review/eventsourcing';
import { type ActionWorkload, runActionWorker, type WorkerReport } from './actionWorkload.js';
import { SOURCE_EXEC_ARGV } from './sourceChild.js';

/** The tenant the process workers write to. */
export const WORKER_TENANT = 'tenant-busy';

/** What a forked worker is told on its command line (one JSON argument after the script's own). */
interface WorkerOrders {
  readonly workload: ActionWorkload;
  readonly worker: number;
  readonly workers: number;
}

/**
 * Forks `workers` processes of `script` (a TypeScript file, run through tsx with the source
 * condition), each given `args` and its orders, and resolves with their reports once all have
 * exited; rejects if any exits without a report.
 */
export const forkActionWorkers = (
  script: string,
  args: readonly string[],
  workload: ActionWorkload,
  workers: number,
): Promise<WorkerReport[]> =>
  Promise.all(
    Array.from(
      { length: workers },
      (_, worker) =>
        new Promise<WorkerReport>((resolve, reject) => {
          const orders: WorkerOrders = { workload, worker, workers };
          const child = fork(script, [...args, JSON.stringify(orders)], {
            execArgv: [...SOURCE_EXEC_ARGV],
            stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
          });
          let report: WorkerReport | undefined;
          let stderr = '';
          child.stderr?.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
          });
          child.on('message', (message) => {
            report = message as WorkerReport;
          });
          child.on('exit', (code, signal) =>
            report !== undefined
              ? resolve(report)
              : reject(new Error(`worker ${worker} exited (${code ?? signal}) without a report: ${stderr}`)),
          );
        }),
    ),
  );

/**
 * The body of a forked worker: opens its own store with `open` (given the script's arguments),
 * runs its share of the workload through the facade, sends its report to the parent and closes.
 */
export const runForkedActionWorker = async (open: (args: readonly string[]) => Promise<EventStore>): Promise<void> => {
  const args = process.argv.slice(2);
  const orders = JSON.parse(args.at(-1) ?? '{}') as WorkerOrders;
  const store = await open(args.slice(0, -1));
  try {
    const handles = createManagementReview({ store, clock: systemClock, ids: uuidV7Ids }).forTenant(WORKER_TENANT);
    const report = await runActionWorker(
      handles,
      store.forTenant(WORKER_TENANT),
      orders.workload,
      orders.worker,
      orders.workers,
    );
    await new Promise<void>((resolve) => process.send?.(report, () => resolve()));
  } finally {
    await store.close();
  }
};
