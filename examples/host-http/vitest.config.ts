import { defineConfig } from 'vitest/config';

/**
 * The example's tests on their own (`npm test` here, also where the example is installed from
 * the packages' tarballs): the packages are read as published, from their `dist`.
 */
export default defineConfig({
  // The TypeScript settings esbuild needs, given here: where the example is installed on its own,
  // the repository's tsconfig.base.json its tsconfig extends is not there to be read.
  esbuild: { tsconfigRaw: JSON.stringify({ compilerOptions: { target: 'ES2022', verbatimModuleSyntax: true } }) },
  test: {
    include: ['src/**/*.test.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
