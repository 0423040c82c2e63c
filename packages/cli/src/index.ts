/**
 * @mgmt-review/cli — the `mgmt-review` command, also callable in-process (`runCli`) by hosts and tests.
 */

export type { ImportReport } from './commands/import.js';
export {
  type CommandEntry,
  commandTable,
  type WorkflowEntry,
  type WorkflowResult,
  workflowTable,
} from './commandTable.js';
export { type CliContext, DEFAULT_DB, DEFAULT_TENANT, type GlobalOptions } from './context.js';
export { ExitCode } from './exitCodes.js';
export { type AppendedEvent, applyLine, type LineOutcome } from './importLines.js';
export { type CliIo, processIo, toJson } from './io.js';
export { createProgram, type Extension, runCli } from './program.js';
