/**
 * Timing helpers shared by scenarios. A run reports the fastest of several repeats: on a machine
 * shared with other work, the fastest run is the one least disturbed, so it is the most repeatable
 * estimate of what the code itself costs.
 */

export interface Repeats {
  /** Unmeasured runs first, to let the JIT settle; default 1. */
  readonly warmups?: number;
  /** Measured runs; default 5. */
  readonly repeats?: number;
}

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs `work` after its warm-ups `repeats` times; returns the fastest duration in ms. */
export const fastestMs = (work: () => void, options: Repeats = {}): number => {
  for (let i = 0; i < (options.warmups ?? 1); i++) work();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < (options.repeats ?? 5); i++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, elapsedMs(start));
  }
  return best;
};

/** The asynchronous counterpart of `fastestMs`. */
export const fastestMsAsync = async (work: () => Promise<void>, options: Repeats = {}): Promise<number> => {
  for (let i = 0; i < (options.warmups ?? 1); i++) await work();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < (options.repeats ?? 5); i++) {
    const start = process.hrtime.bigint();
    await work();
    best = Math.min(best, elapsedMs(start));
  }
  return best;
};

/** A count scaled for a smoke run, never below `min`. */
export const scaled = (full: number, scale: number, min = 1): number => Math.max(min, Math.round(full * scale));
