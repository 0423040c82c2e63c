import { describe, expect, it } from 'vitest';
import type { WorkspacePackage } from './packedPackages.js';
import { installPlan, workspaceClosure } from './tarballInstall.js';

const workspace = (name: string, dependencies: Record<string, string> = {}): WorkspacePackage => ({
  folder: `/repo/packages/${name}`,
  manifest: { name: `@example/${name}`, dependencies },
});

const workspaces = [
  workspace('kernel', { 'fp-ts': '^2.16.0' }),
  workspace('domain', { '@example/kernel': '*' }),
  workspace('answers', { '@example/domain': '*', '@example/reports': '*' }),
  workspace('reports', { '@example/kernel': '*' }),
  workspace('sqlite', { '@example/kernel': '*', 'better-sqlite3': '^12.0.0' }),
];
const tarballs = new Map(workspaces.map((w) => [w.manifest.name, `/tmp/t/${w.manifest.name.slice(9)}.tgz`]));
const example = {
  name: '@example/host',
  dependencies: { '@example/answers': '*', fastify: '^5.0.0' },
  devDependencies: { '@types/pg': '^8.15.0', vitest: '~3.2.4', '@example/sqlite': '*' },
};
const rootManifest = { name: 'repo', devDependencies: { typescript: '~5.9.3', '@types/node': '^20.19.0' } };
const baseCompilerOptions = {
  strict: true,
  module: 'NodeNext',
  customConditions: ['@example/source'],
  composite: true,
};

describe('an example installed from tarballs', () => {
  it('needs the workspace packages its dependencies reach, and no other', () => {
    expect(workspaceClosure(example, workspaces).map((w) => w.manifest.name)).toEqual([
      '@example/answers',
      '@example/domain',
      '@example/kernel',
      '@example/reports',
    ]);
  });

  it('depends on each reached package through its tarball, keeps the ranges of the others, and leaves its test tools out', () => {
    const { manifest } = installPlan({ example, workspaces, tarballs, rootManifest, baseCompilerOptions });
    expect(manifest.dependencies).toEqual({
      '@example/answers': 'file:/tmp/t/answers.tgz',
      '@example/domain': 'file:/tmp/t/domain.tgz',
      '@example/kernel': 'file:/tmp/t/kernel.tgz',
      '@example/reports': 'file:/tmp/t/reports.tgz',
      fastify: '^5.0.0',
    });
    expect(manifest.devDependencies).toEqual({
      typescript: '~5.9.3',
      '@types/node': '^20.19.0',
      '@types/pg': '^8.15.0',
    });
  });

  it('compiles with the repo options less the condition that points at sources', () => {
    const { tsconfig } = installPlan({ example, workspaces, tarballs, rootManifest, baseCompilerOptions });
    expect(tsconfig.compilerOptions).toEqual({ strict: true, module: 'NodeNext', rootDir: 'src', outDir: 'dist' });
  });

  it('refuses to plan an install that needs a package that was not packed, naming it', () => {
    const withoutReports = new Map([...tarballs].filter(([name]) => name !== '@example/reports'));
    expect(() =>
      installPlan({ example, workspaces, tarballs: withoutReports, rootManifest, baseCompilerOptions }),
    ).toThrow('@example/host needs @example/reports, which was not packed');
  });
});
