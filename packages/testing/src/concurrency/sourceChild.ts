import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** Node's arguments for a child process that runs the packages' TypeScript sources (through tsx). */
export const SOURCE_EXEC_ARGV: readonly string[] = ['--conditions=@mgmt-review/source', '--import', 'tsx'];

/**
 * Starts the TypeScript file at `file` (a URL, as `new URL('./x.child.ts', import.meta.url)`) in a
 * child Node process on the packages' sources, with `args`, its stdout and stderr piped.
 */
export const spawnSourceChild = (file: URL, args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> =>
  spawn(process.execPath, [...SOURCE_EXEC_ARGV, fileURLToPath(file), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
