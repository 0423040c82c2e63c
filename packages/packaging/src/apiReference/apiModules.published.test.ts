import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiModules } from './apiModules.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

describe('the modules of the API reference', () => {
  const modules = apiModules(root);
  const names = modules.map((m) => m.name);

  it('are the exported entries of the publishable packages, named as a host imports them', () => {
    expect(names).toEqual(
      expect.arrayContaining(['@mgmt-review/core', '@mgmt-review/core/testing', '@mgmt-review/cli']),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('leave out private packages and the package.json subpath', () => {
    expect(names.filter((name) => /bench|packaging|esdb-test-double|package\.json/.test(name))).toEqual([]);
  });

  it('document each entry from its source file', () => {
    expect(modules.find((m) => m.name === '@mgmt-review/testing/testing')?.source).toMatch(
      /packages\/testing\/src\/concurrency\/index\.ts$/,
    );
  });
});
