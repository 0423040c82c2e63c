import { afterAll, beforeAll, expect } from 'vitest';
import { extensions } from '../extensions.js';
import { runCli } from '../program.js';
import { capturingIo, temporaryDirectory } from './testSupport.js';

/**
 * The demo history in a fresh SQLite file, written before the suite's tests and removed after
 * them, and `cli(...args)` running the command line in-process on that file.
 */
export const demoCli = () => {
  const dir = temporaryDirectory();
  const db = dir.file('demo.db');
  const cli = async (...args: string[]) => {
    const io = capturingIo();
    const code = await runCli(['--db', db, ...args], io, extensions);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };
  beforeAll(async () => {
    expect(await runCli(['--db', db, '--json', 'demo'], capturingIo(), extensions)).toBe(0);
  }, 120_000);
  afterAll(() => dir.remove());
  return { dir, db, cli };
};
