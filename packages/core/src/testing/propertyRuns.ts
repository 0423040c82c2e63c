/**
 * How many runs a property test makes: `FC_RUNS` from the environment when set (a nightly run
 * raises it, a quick local run lowers it), else the test's own default.
 */
export const propertyRuns = (defaultRuns: number): { readonly numRuns: number } => {
  const fromEnvironment = Number(process.env.FC_RUNS);
  return { numRuns: Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : defaultRuns };
};
