/**
 * @mgmt-review/bench — the benchmark harness behind `npm run bench`. Scenario modules in
 * `src/scenarios/` export `scenarios: Scenario[]`; results print as a table or, with `--json`, as
 * one `{scenario, metric, value, unit, baseline, ratio}` object per line.
 */
export type { Measurement, Scenario, ScenarioContext, Target } from './scenario.js';
