/**
 * `npm run bench` — runs the benchmark scenarios and reports each measurement, compared with its
 * baseline measured in the same run.
 *
 *   npm run bench                          all scenarios, as a table
 *   npm run bench -- --json                one {scenario, metric, value, unit, baseline, ratio} per line
 *   npm run bench -- --only kernel-replay  some scenarios (and their baselines); repeat or comma-separate
 *   npm run bench -- --scale 0.01          a smoke run on a hundredth of the workload
 *   npm run bench -- --list                the scenarios and what they measure
 *
 * Exits 1 when a scenario fails, or (at full scale) misses its target.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { discoverScenarios } from './discover.js';
import { planRun } from './plan.js';
import { type ResultLine, toJsonLine, toResultLines } from './result.js';
import type { Measurement } from './scenario.js';
import { ensureSourceCondition } from './sourceCondition.js';
import { formatTable } from './table.js';

ensureSourceCondition(fileURLToPath(import.meta.url));

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true, default: [] },
    scale: { type: 'string', default: '1' },
    list: { type: 'boolean', default: false },
  },
});

const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`--scale must be a positive number, got ${values.scale}`);
  process.exit(2);
}
const only = values.only.flatMap((value) => value.split(',')).filter((name) => name !== '');
const log = (message: string) => process.stderr.write(`${message}\n`);

const all = await discoverScenarios();
if (values.list) {
  for (const s of all) console.log(`${s.name.padEnd(28)} ${s.description}`);
  process.exit(0);
}

const measured = new Map<string, readonly Measurement[]>();
const lines: ResultLine[] = [];
let failed = false;
let plan: ReturnType<typeof planRun>;
try {
  plan = planRun(all, only);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
for (const scenario of plan) {
  log(`▶ ${scenario.name}: ${scenario.description}`);
  try {
    const measurements = await scenario.run({ scale, log: (m) => log(`  ${m}`) });
    measured.set(scenario.name, measurements);
    const baseline = scenario.baseline === undefined ? undefined : measured.get(scenario.baseline);
    const results = toResultLines(scenario, measurements, baseline);
    lines.push(...results);
    if (values.json) for (const line of results) console.log(toJsonLine(line));
  } catch (error) {
    failed = true;
    log(`✗ ${scenario.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
if (!values.json) console.log(formatTable(lines));
const missed = scale === 1 && lines.some((line) => line.met === false);
if (missed) log('a target was missed');
process.exit(failed || missed ? 1 : 0);
