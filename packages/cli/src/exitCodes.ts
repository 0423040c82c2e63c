/** What the `mgmt-review` command exits with. */
export const ExitCode = {
  /** The command did what was asked (and every check it made passed). */
  ok: 0,
  /** A check failed: tampering found, an import line refused, an auditor answer not `yes` with `--strict`. */
  checkFailed: 1,
  /** The command line itself was wrong: unknown command or option, a bad value. */
  usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Thrown for a usage error found after parsing (a bad date, a missing file). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
