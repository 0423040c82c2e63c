/**
 * How many commands a concurrency test sends: `CONCURRENCY_COMMANDS` from the environment, else
 * `defaultCommands`. A value that is not a positive integer is refused rather than ignored.
 */
export const concurrencyCommands = (defaultCommands: number): number => {
  const asked = process.env.CONCURRENCY_COMMANDS;
  if (asked === undefined || asked === '') return defaultCommands;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1) {
    throw new TypeError(`CONCURRENCY_COMMANDS must be a positive integer, got "${asked}"`);
  }
  return count;
};
