import { readdirSync } from 'node:fs';
import { defineWorkspace } from 'vitest/config';

/**
 * One test run across every package. Each package is its own project, named after its folder,
 * and resolves sibling packages to their TypeScript sources through the `@mgmt-review/source`
 * export condition, so tests never need a build.
 */
const packages = readdirSync(new URL('./packages', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineWorkspace(
  packages.map((name) => ({
    extends: './vitest.config.ts',
    // `resolve.conditions` alone does not reach modules vitest runs server-side.
    ssr: { resolve: { conditions: ['@mgmt-review/source'] } },
    resolve: { conditions: ['@mgmt-review/source'] },
    test: {
      name: name,
      root: `./packages/${name}`,
      include: ['src/**/*.test.ts'],
    },
  })),
);
