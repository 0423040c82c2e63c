import { readdirSync } from 'node:fs';
import { defineWorkspace } from 'vitest/config';

/**
 * One test run across every package and example. Each is its own project, named after its folder,
 * and resolves sibling packages to their TypeScript sources through the `@mgmt-review/source`
 * export condition, so tests never need a build.
 */
const foldersOf = (parent: string) =>
  readdirSync(new URL(`./${parent}`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, root: `./${parent}/${entry.name}` }));

const projects = [...foldersOf('packages'), ...foldersOf('examples').map((p) => ({ ...p, name: `example-${p.name}` }))];

export default defineWorkspace(
  projects.map(({ name, root }) => ({
    extends: './vitest.config.ts',
    // `resolve.conditions` alone does not reach modules vitest runs server-side.
    ssr: { resolve: { conditions: ['@mgmt-review/source'] } },
    resolve: { conditions: ['@mgmt-review/source'] },
    test: {
      name: name,
      root,
      include: ['src/**/*.test.ts'],
    },
  })),
);
