// Reads vitest's JSON reports (`npm test`'s, then `npm run test:packed`'s) and prints the skip
// reasons, then one plain line over all of them: `N passed, N failed` (`, N skipped` when any).
// `--failed-step NAME` counts a CI step without a report (the API reference check) as one failure.
// Exits 1 when anything failed or a report is missing (a type or lint error stops `npm test`
// before vitest writes one).
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const files = [];
const failedSteps = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--failed-step') failedSteps.push(args[++i] ?? 'a step');
  else files.push(args[i]);
}
if (files.length === 0) files.push('test-results/vitest.json');

let passed = 0;
let failed = 0;
let skipped = 0;
let success = true;
for (const file of files) {
  if (!existsSync(file)) {
    failed += 1;
    console.log(`no report: ${file}`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.success === false) success = false;
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') failed += 1;
      else {
        skipped += 1;
        console.log(`skipped: ${test.fullName}`);
      }
    }
    // A file that failed to load, or whose hooks failed (its tests then show as skipped), still failed.
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (suite.status === 'failed' && failedTests === 0) {
      failed += 1;
      console.log(`failed to run: ${suite.name}: ${suite.message ?? ''}`.trim());
    }
  }
}
for (const step of failedSteps) {
  failed += 1;
  console.log(`failed: ${step}`);
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || !success ? 1 : 0);
