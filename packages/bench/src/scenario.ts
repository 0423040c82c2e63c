/**
 * What a benchmark scenario is. Scenarios live in `packages/bench/src/scenarios/*.ts`; each module
 * exports `scenarios: Scenario[]` and the harness (`npm run bench`) discovers them there.
 *
 * A scenario measures one thing and returns its measurements. When it names a `baseline` (another
 * scenario, measured in the same run), each of its measurements is also reported as a ratio to the
 * baseline's measurement of the same metric — so results compare across machines.
 */

/** One number a scenario measured. */
export interface Measurement {
  /** What was measured, e.g. `time` or `throughput`. Matched by name against the baseline's. */
  readonly metric: string;
  readonly value: number;
  /** e.g. `ms`, `events/s`, `MiB`. */
  readonly unit: string;
}

/**
 * What a measurement must reach. `ratio` bounds compare with the baseline's value of the same
 * metric; `value` bounds are absolute.
 */
export interface Target {
  readonly metric: string;
  readonly ratioAtMost?: number;
  readonly ratioAtLeast?: number;
  readonly valueAtMost?: number;
  readonly valueAtLeast?: number;
}

/** What the harness hands a scenario. */
export interface ScenarioContext {
  /**
   * How much of the full workload to run: 1 for the recorded benchmark, smaller for a smoke run
   * (`--scale 0.01`). Scenarios multiply their sizes by it.
   */
  readonly scale: number;
  /** Progress for people, written to stderr so `--json` output stays clean. */
  readonly log: (message: string) => void;
}

export interface Scenario {
  /** Unique across all scenario modules, kebab-case, e.g. `kernel-replay`; `--only` selects by it. */
  readonly name: string;
  /** One line: what is measured, on what workload. */
  readonly description: string;
  /** The scenario this one is compared with; the harness runs it first even under `--only`. */
  readonly baseline?: string;
  readonly targets?: readonly Target[];
  /** Runs the workload once (including its own warm-up) and returns what it measured. */
  readonly run: (context: ScenarioContext) => Promise<readonly Measurement[]>;
}
