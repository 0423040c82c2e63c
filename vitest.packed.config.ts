import { defineConfig } from 'vitest/config';

/**
 * The examples installed from packed tarballs (`npm run test:packed`): slow (npm pack, npm install),
 * so named `*.packed.ts`, which `npm test`'s workspace (the `*.test.ts` files under `src/`) leaves
 * out. Its one project stands in for the root's workspace file, which vitest would otherwise load.
 * No `@mgmt-review/source` condition here: what runs is what npm installed.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'packed',
          include: ['packages/*/src/**/*.packed.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
    reporters: ['default', ['json', { outputFile: './test-results/vitest-packed.json' }]],
  },
});
