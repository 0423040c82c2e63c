import { defineConfig } from 'vitest/config';

export default defineConfig({
  ssr: { resolve: { conditions: ['@mgmt-review/source'] } },
  resolve: { conditions: ['@mgmt-review/source'] },
  test: {
    // The JSON report is what `.ci/run` counts; the default reporter is for people.
    reporters: ['default', ['json', { outputFile: './test-results/vitest.json' }]],
    passWithNoTests: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
