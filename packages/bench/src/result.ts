import type { Measurement, Scenario, Target } from './scenario.js';

/** One reported line: what `--json` prints, plus the verdict on the scenario's target (table only). */
export interface ResultLine {
  readonly scenario: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The baseline scenario's name, when the scenario has one. */
  readonly baseline: string | null;
  /** `value` divided by the baseline's value of the same metric. */
  readonly ratio: number | null;
  readonly target: Target | undefined;
  /** Whether the target was met; `undefined` when there is no target for this metric. */
  readonly met: boolean | undefined;
}

const meets = (target: Target, value: number, ratio: number | null): boolean =>
  (target.valueAtMost === undefined || value <= target.valueAtMost) &&
  (target.valueAtLeast === undefined || value >= target.valueAtLeast) &&
  (target.ratioAtMost === undefined || (ratio !== null && ratio <= target.ratioAtMost)) &&
  (target.ratioAtLeast === undefined || (ratio !== null && ratio >= target.ratioAtLeast));

/** Turns a scenario's measurements into result lines, comparing them with its baseline's. */
export const toResultLines = (
  scenario: Scenario,
  measurements: readonly Measurement[],
  baselineMeasurements: readonly Measurement[] | undefined,
): ResultLine[] =>
  measurements.map((m) => {
    const base = baselineMeasurements?.find((b) => b.metric === m.metric);
    const ratio = base === undefined || base.value === 0 ? null : m.value / base.value;
    const target = scenario.targets?.find((t) => t.metric === m.metric);
    return {
      scenario: scenario.name,
      metric: m.metric,
      value: m.value,
      unit: m.unit,
      baseline: scenario.baseline ?? null,
      ratio,
      target,
      met: target === undefined ? undefined : meets(target, m.value, ratio),
    };
  });

/** The JSON line of a result: exactly `{scenario, metric, value, unit, baseline, ratio}`. */
export const toJsonLine = (line: ResultLine): string =>
  JSON.stringify({
    scenario: line.scenario,
    metric: line.metric,
    value: line.value,
    unit: line.unit,
    baseline: line.baseline,
    ratio: line.ratio,
  });
