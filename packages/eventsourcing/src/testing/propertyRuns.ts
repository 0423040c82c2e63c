/**
 * Runs of a property test: `defaultRuns`, or `FC_RUNS` from the environment when it is set, for a
 * longer search (`FC_RUNS=500 npx vitest run …`). A value that is not a positive integer is refused
 * rather than ignored.
 */
export const propertyRuns = (defaultRuns: number): number => {
  const asked = process.env.FC_RUNS;
  if (asked === undefined || asked === '') return defaultRuns;
  const runs = Number(asked);
  if (!Number.isInteger(runs) || runs < 1) throw new TypeError(`FC_RUNS must be a positive integer, got "${asked}"`);
  return runs;
};
