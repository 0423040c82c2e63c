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

  it("open with the package's description, or what a ./testing entry holds", () => {
    const core = modules.find((m) => m.name === '@mgmt-review/core');
    expect(core?.summary).toMatch(/^The ISO\/IEC 27001:2022 management review domain/);
    expect(modules.find((m) => m.name === '@mgmt-review/core/testing')?.summary).toBe(
      'The test support of @mgmt-review/core, behind its "./testing" entry.',
    );
  });

  it('document each entry from its source file', () => {
    expect(modules.find((m) => m.name === '@mgmt-review/testing/testing')?.source).toMatch(
      /packages\/testing\/src\/concurrency\/index\.ts$/,
    );
  });
});
