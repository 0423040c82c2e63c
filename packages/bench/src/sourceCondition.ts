import { spawnSync } from 'node:child_process';

const CONDITION = '@mgmt-review/source';

/**
 * The benchmarks measure the packages' TypeScript sources, never a possibly stale `dist/`. tsx does
 * not apply the `@mgmt-review/source` export condition by itself, so when the process was started
 * without it, this runs the same command again with `--conditions=@mgmt-review/source` and exits
 * with its status. Returns normally when the condition is already in effect.
 */
export const ensureSourceCondition = (entry: string): void => {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (flags.some((flag) => flag.includes(CONDITION))) return;
  const child = spawnSync(
    process.execPath,
    [`--conditions=${CONDITION}`, ...process.execArgv, entry, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
};
