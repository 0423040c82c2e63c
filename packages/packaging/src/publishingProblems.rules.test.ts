import { describe, expect, it } from 'vitest';
import type { Manifest, PackedPackage } from './packedPackages.js';
import { type PublishingRule, publishingProblems } from './publishingProblems.js';

const entry = (path: string) => ({ types: `./${path}.d.ts`, default: `./${path}.js` });

/** A package with a main entry and a `./testing` entry, as this repo's packages are laid out. */
const manifest: Manifest = {
  name: '@example/store',
  exports: {
    '.': { '@mgmt-review/source': './src/index.ts', ...entry('dist/index') },
    './testing': { '@mgmt-review/source': './src/testing/index.ts', ...entry('dist/testing/index') },
  },
  dependencies: { 'fp-ts': '^2.16.0' },
  peerDependencies: { 'fast-check': '^4.0.0' },
  devDependencies: { '@example/demo': '*' },
};

const files: Record<string, string> = {
  'package.json': '{}',
  'dist/index.js': "export * from './store.js';\n",
  'dist/index.d.ts': "export * from './store.js';\n",
  'dist/store.js': "import { right } from 'fp-ts/lib/Either.js';\nimport { randomUUID } from 'node:crypto';\n",
  'dist/store.d.ts': "import type { Either } from 'fp-ts/lib/Either.js';\n",
  'dist/store.js.map': '{}',
  'dist/testing/index.js': "import fc from 'fast-check';\nimport { strict } from 'node:assert';\n",
  'dist/testing/index.d.ts': 'export {};\n',
};

const packageOf = (overrides: { manifest?: Partial<Manifest>; files?: Record<string, string | undefined> } = {}) => {
  const all = Object.fromEntries(
    Object.entries({ ...files, ...overrides.files }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return {
    manifest: { ...manifest, ...overrides.manifest },
    files: Object.keys(all),
    read: (path: string) => {
      const text = all[path];
      if (text === undefined) throw new Error(`${path} is not packed`);
      return text;
    },
  } satisfies PackedPackage;
};

const rulesBroken = (pkg: PackedPackage): PublishingRule[] => publishingProblems(pkg).map((p) => p.rule);

describe('the publishing rules', () => {
  it('find nothing wrong with a main entry, a ./testing entry that uses test libraries, and declared dependencies', () => {
    expect(publishingProblems(packageOf())).toEqual([]);
  });

  it('refuse a packed test file', () => {
    expect(rulesBroken(packageOf({ files: { 'dist/store.test.js': '' } }))).toEqual(['no-test-files']);
  });

  it('refuse test support exported under another subpath than ./testing', () => {
    const exports = { ...(manifest.exports as object), './testDouble': entry('dist/testing/index') };
    expect(rulesBroken(packageOf({ manifest: { exports } }))).toEqual(['test-support-only-behind-testing']);
  });

  it('refuse a main entry that loads an assertion module', () => {
    const problems = publishingProblems(
      packageOf({ files: { 'dist/store.js': "import { deepStrictEqual } from 'node:assert/strict';\n" } }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'no-test-support-in-main-entry',
        message: expect.stringContaining('dist/store.js, which imports node:assert/strict'),
      },
    ]);
  });

  it('refuse a main entry that loads a file of the ./testing entry', () => {
    const pkg = packageOf({ files: { 'dist/index.js': "export * from './testing/index.js';\n" } });
    expect(publishingProblems(pkg)).toMatchObject([
      { rule: 'no-test-support-in-main-entry', message: expect.stringContaining('loads dist/testing/index.js:') },
      { rule: 'no-test-support-in-main-entry', message: expect.stringContaining('imports fast-check') },
      { rule: 'no-test-support-in-main-entry', message: expect.stringContaining('imports node:assert') },
    ]);
  });

  it('let the main entry of a package of test support load test libraries', () => {
    const files = { 'dist/store.js': "import fc from 'fast-check';\nimport 'fp-ts';\n" };
    expect(rulesBroken(packageOf({ files }))).toEqual(['no-test-support-in-main-entry']);
    expect(rulesBroken(packageOf({ manifest: { name: '@example/testing' }, files }))).toEqual([]);
  });

  it('count a module of types alone as loaded through its declarations', () => {
    const pkg = packageOf({
      files: {
        'dist/index.d.ts': "export * from './store.js';\nexport type * from './types.js';\n",
        'dist/types.js': 'export {};\n',
        'dist/types.d.ts': 'export type Id = string;\n',
      },
    });
    expect(publishingProblems(pkg)).toEqual([]);
  });

  it('refuse a packed file that no entry loads, as a fixture only tests use', () => {
    const problems = publishingProblems(packageOf({ files: { 'dist/fixtures/counter.js': '' } }));
    expect(problems).toMatchObject([
      { rule: 'every-packed-file-is-loaded', message: expect.stringContaining('dist/fixtures/counter.* is packed') },
    ]);
  });

  it('refuse an import of a file left out of the tarball', () => {
    const pkg = packageOf({ files: { 'dist/store.js': "import './gone.js';\nimport 'fp-ts';\n" } });
    expect(rulesBroken(pkg)).toEqual(['every-import-is-packed']);
  });

  it('refuse a run-time import of a package that is only a dev dependency, also from ./testing', () => {
    const problems = publishingProblems(
      packageOf({ files: { 'dist/testing/index.js': "import { demoSteps } from '@example/demo';\n" } }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'runtime-imports-are-dependencies',
        message: expect.stringContaining('@example/demo, which is only in "devDependencies"'),
      },
    ]);
  });

  it('refuse an import in a declaration file of a package that is not declared', () => {
    const pkg = packageOf({ files: { 'dist/store.d.ts': "import type { Client } from 'pg';\nimport 'fp-ts';\n" } });
    expect(rulesBroken(pkg)).toEqual(['runtime-imports-are-dependencies']);
  });

  it('refuse a dependency that no published file imports', () => {
    const dependencies = { ...manifest.dependencies, '@grpc/grpc-js': '^1.13.0' };
    const problems = publishingProblems(packageOf({ manifest: { dependencies } }));
    expect(problems).toMatchObject([
      { rule: 'dependencies-are-imported', message: expect.stringContaining('@grpc/grpc-js') },
    ]);
  });

  it('follow the bin scripts of a command', () => {
    const pkg = packageOf({
      manifest: { bin: { tool: './dist/main.js' } },
      files: { 'dist/main.js': "import 'vitest';" },
    });
    expect(rulesBroken(pkg)).toEqual(['no-test-support-in-main-entry', 'runtime-imports-are-dependencies']);
  });
});
