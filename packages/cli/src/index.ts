/**
 * @mgmt-review/cli — the `mgmt-review` command, also callable in-process (`runCli`) by hosts and tests.
 */
export { type CommandEntry, commandTable } from './commandTable.js';
export { type CliContext, DEFAULT_DB, DEFAULT_TENANT, type GlobalOptions } from './context.js';
export { ExitCode } from './exitCodes.js';
export { applyLine, type LineOutcome } from './importLines.js';
export { type CliIo, processIo, toJson } from './io.js';
export { createProgram, type Extension, runCli } from './program.js';
