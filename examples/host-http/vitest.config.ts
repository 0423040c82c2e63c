import { defineConfig } from 'vitest/config';

/**
 * The example's tests on their own (`npm test` here, also where the example is installed from
 * the packages' tarballs): the packages are read as published, from their `dist`.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
