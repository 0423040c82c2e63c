// Reads vitest's JSON report and prints the skip reasons, then one plain line:
// `N passed, N failed` (`, N skipped` when any). Exits 1 when anything failed or no report exists
// (a type or lint error stops `npm test` before vitest writes one).
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
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
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || report.success === false ? 1 : 0);
