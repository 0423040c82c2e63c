import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server started for tests or benchmarks, in a temp dir, on 127.0.0.1. */
export interface LocalPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, local only). */
  readonly connectionString: string;
  /** Stops the server immediately and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The `bin` directory of the newest PostgreSQL installed from Debian's packages, if any. */
export const findPostgresBinaries = (): string | undefined => {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(POSTGRES_ROOT, versions[0], 'bin');
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()));
    });
  });

/** initdb refuses to run as root: as root, run the binaries as the `postgres` user. */
const asServerUser = (bin: string, args: readonly string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, [...args]];

const serverUserIds = (): { uid: number; gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
};

export interface LocalPostgresOptions {
  /** Turn fsync off for speed (tests). Default: on. */
  readonly fsync?: boolean;
  readonly maxConnections?: number;
}

/**
 * Starts a throwaway PostgreSQL server: `initdb` into a new temp dir, `pg_ctl start` listening on
 * 127.0.0.1 on a free port with its unix socket in the same dir. The server is stopped and the dir
 * removed by `stop()`, and also when this process exits, so a failed test run leaves nothing behind.
 * Throws when no PostgreSQL binaries are installed (see `findPostgresBinaries`).
 */
export const startLocalPostgres = async (options: LocalPostgresOptions = {}): Promise<LocalPostgres> => {
  const bin = findPostgresBinaries();
  if (bin === undefined) throw new Error(`no PostgreSQL binaries under ${POSTGRES_ROOT}`);
  const dir = mkdtempSync(join(tmpdir(), 'mgmt-review-pg-'));
  const owner = serverUserIds();
  if (owner !== undefined) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const run = (tool: string, args: readonly string[]) => {
    const [command, argv] = asServerUser(join(bin, tool), args);
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      throw new Error(`${tool} failed: ${result.stderr || result.stdout}${serverLog}`);
    }
  };
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    const [command, argv] = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    spawnSync(command, argv, { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      '-h 127.0.0.1',
      `-k ${dir}`,
      `-c max_connections=${options.maxConnections ?? 100}`,
      `-c fsync=${options.fsync === false ? 'off' : 'on'}`,
    ];
    run('pg_ctl', ['-D', data, '-l', log, '-o', settings.join(' '), '-w', '-t', '60', 'start']);
    return {
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        process.removeListener('exit', stopNow);
        stopNow();
      },
    };
  } catch (error) {
    process.removeListener('exit', stopNow);
    stopNow();
    throw error;
  }
};
