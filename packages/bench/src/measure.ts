/** Timing helpers shared by scenarios. */

/** Runs `work` `warmups` times unmeasured, then `repeats` times; returns the median duration in ms. */
export const medianMs = (work: () => void, options: { readonly warmups?: number; readonly repeats?: number } = {}) => {
  for (let i = 0; i < (options.warmups ?? 1); i++) work();
  const times: number[] = [];
  for (let i = 0; i < (options.repeats ?? 5); i++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
};

/** The asynchronous counterpart of `medianMs`. */
export const medianMsAsync = async (
  work: () => Promise<void>,
  options: { readonly warmups?: number; readonly repeats?: number } = {},
) => {
  for (let i = 0; i < (options.warmups ?? 1); i++) await work();
  const times: number[] = [];
  for (let i = 0; i < (options.repeats ?? 5); i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A count scaled for a smoke run, never below `min`. */
export const scaled = (full: number, scale: number, min = 1): number => Math.max(min, Math.round(full * scale));
