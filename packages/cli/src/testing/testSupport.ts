import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../io.js';

/** An io that keeps what the CLI wrote, for assertions. */
export const capturingIo = (): CliIo & { readonly stdout: () => string; readonly stderr: () => string } => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    interactive: false,
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  };
};

/** A fresh directory for a SQLite file; `remove` deletes it. */
export const temporaryDirectory = (): {
  readonly path: string;
  readonly file: (name: string) => string;
  remove(): void;
} => {
  const path = mkdtempSync(join(tmpdir(), 'mgmt-review-cli-'));
  return { path, file: (name) => join(path, name), remove: () => rmSync(path, { recursive: true, force: true }) };
};
