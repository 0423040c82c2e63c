import type { Measurement } from './scenario.js';

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

/**
 * The fastest of the measured runs: wall-clock time, and the CPU time of the process (all its
 * threads, garbage collection included), which other load on the machine disturbs far less.
 */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

const timed = async (work: () => void | Promise<void>): Promise<Timing> => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
};

/** Runs `work` after its warm-ups `repeats` times; returns the fastest wall and CPU times in ms. */
export const fastest = async (work: () => void | Promise<void>, options: Repeats = {}): Promise<Timing> => {
  for (let i = 0; i < (options.warmups ?? 1); i++) await work();
  let wallMs = Number.POSITIVE_INFINITY;
  let cpuMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < (options.repeats ?? 5); i++) {
    const t = await timed(work);
    wallMs = Math.min(wallMs, t.wallMs);
    cpuMs = Math.min(cpuMs, t.cpuMs);
  }
  return { wallMs, cpuMs };
};

/** What a replay of `events` events reports: the fastest run's wall and CPU time, and the wall time per event. */
export const replayMeasurements = (timing: Timing, events: number): Measurement[] => [
  { metric: 'time', value: timing.wallMs, unit: 'ms' },
  { metric: 'cpu time', value: timing.cpuMs, unit: 'ms' },
  { metric: 'per event', value: (timing.wallMs * 1e6) / events, unit: 'ns' },
];

/** A count scaled for a smoke run, never below `min`. */
export const scaled = (full: number, scale: number, min = 1): number => Math.max(min, Math.round(full * scale));

/** Percentile (nearest rank) of sorted values. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * The latency of a call: `work(n)` warmed up on 20 calls, then timed on `samples` more, reported as
 * wall and CPU p50 and p95. Resolves with the measurements and the sum of what the timed calls returned.
 */
export const latencies = async (
  samples: number,
  work: (n: number) => Promise<number>,
): Promise<{ readonly measurements: Measurement[]; readonly total: number }> => {
  for (let n = 0; n < 20; n++) await work(n);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let total = 0;
  for (let n = 0; n < samples; n++) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    total += await work(1000 + n);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    measurements: [
      { metric: 'p50', value: percentile(times, 50), unit: 'ms' },
      { metric: 'p95', value: percentile(times, 95), unit: 'ms' },
      { metric: 'cpu p50', value: percentile(cpuTimes, 50), unit: 'ms' },
      { metric: 'cpu p95', value: percentile(cpuTimes, 95), unit: 'ms' },
    ],
    total,
  };
};
