/** The workload of the concurrency tests through the facade, and the check of the history it leaves. */
export {
  type ActionWorkload,
  actionWorkload,
  type ConcurrencyFindings,
  checkActionHistory,
  cleanFindings,
  commandsOf,
  runActionWorker,
  totalOf,
  type WorkerReport,
} from './actionWorkload.js';
export { concurrencyCommands } from './concurrencyCommands.js';
export { forkActionWorkers, runForkedActionWorker, WORKER_TENANT } from './processWorkers.js';
export { runUntil } from './reportedBatches.js';
export { SOURCE_EXEC_ARGV, spawnSourceChild } from './sourceChild.js';
