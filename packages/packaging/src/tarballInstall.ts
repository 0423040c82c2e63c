import { execFile } from 'node:child_process';
import { cpSync, lstatSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { type Manifest, npmEnvironment, type WorkspacePackage } from './packedPackages.js';

/** An example as a host would have it: its manifest names the packages, by name, with `*` in the repo. */
export interface ExampleManifest extends Manifest {
  readonly version?: string;
}

/**
 * The workspace packages that `start` needs at run time, itself left out, followed through their
 * `dependencies`: what npm must find among the tarballs, since none of them is in the registry.
 */
export const workspaceClosure = (start: Manifest, workspaces: readonly WorkspacePackage[]): WorkspacePackage[] => {
  const byName = new Map(workspaces.map((w) => [w.manifest.name, w]));
  const reached = new Map<string, WorkspacePackage>();
  const visit = (manifest: Manifest) => {
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      const workspace = byName.get(name);
      if (workspace === undefined || reached.has(name)) continue;
      reached.set(name, workspace);
      visit(workspace.manifest);
    }
  };
  visit(start);
  return [...reached.values()];
};

/** What the example's install directory is given: the inputs of `npm install`, no repo path among them. */
export interface InstallPlan {
  readonly manifest: ExampleManifest & { readonly type: 'module' };
  /** The compiler options of the repo, without the condition that points at `src/`. */
  readonly tsconfig: {
    readonly compilerOptions: Record<string, unknown>;
    readonly include: string[];
    readonly exclude: string[];
  };
}

/** The compiler options that only the repo's incremental, source-resolving build uses. */
const REPO_ONLY_OPTIONS = [
  'customConditions',
  'composite',
  'incremental',
  'declaration',
  'declarationMap',
  'tsBuildInfoFile',
];

/**
 * The package.json and tsconfig.json of an example installed from tarballs: each workspace package
 * it reaches becomes a `file:` dependency on its tarball (so npm never asks the registry for one),
 * its other dependencies keep their ranges, and it compiles with the repo's TypeScript and Node
 * types (and its own `@types/…`) against the published declarations — `@mgmt-review/source` is gone from the options.
 */
export const installPlan = (input: {
  readonly example: ExampleManifest;
  readonly workspaces: readonly WorkspacePackage[];
  readonly tarballs: ReadonlyMap<string, string>;
  /** The repo's root package.json (its TypeScript and Node types) and tsconfig.base.json. */
  readonly rootManifest: Manifest;
  readonly baseCompilerOptions: Readonly<Record<string, unknown>>;
}): InstallPlan => {
  const { example, workspaces, tarballs, rootManifest, baseCompilerOptions } = input;
  const reached = workspaceClosure(example, workspaces);
  const tarballOf = (name: string) => {
    const tarball = tarballs.get(name);
    if (tarball === undefined) {
      throw new Error(`${example.name} needs ${name}, which was not packed: is it private, or unbuilt?`);
    }
    return `file:${tarball}`;
  };
  const workspaceNames = new Set(workspaces.map((w) => w.manifest.name));
  const thirdParty = Object.entries(example.dependencies ?? {}).filter(([name]) => !workspaceNames.has(name));
  const toolOf = (name: string) => {
    const range = rootManifest.devDependencies?.[name];
    if (range === undefined) throw new Error(`the root package.json has no devDependency ${name}`);
    return [name, range] as const;
  };
  const compilerOptions = Object.fromEntries(
    Object.entries(baseCompilerOptions).filter(([key]) => !REPO_ONLY_OPTIONS.includes(key)),
  );
  return {
    manifest: {
      name: example.name,
      version: example.version ?? '0.0.0',
      ...(example.description === undefined ? {} : { description: example.description }),
      private: true,
      type: 'module',
      dependencies: Object.fromEntries([
        ...reached.map((w) => [w.manifest.name, tarballOf(w.manifest.name)] as const),
        ...thirdParty,
      ]),
      // The compiler, and the types the example compiles with (`@types/pg`); its test tools stay out.
      devDependencies: Object.fromEntries([
        toolOf('typescript'),
        toolOf('@types/node'),
        ...Object.entries(example.devDependencies ?? {}).filter(([name]) => name.startsWith('@types/')),
      ]),
    },
    tsconfig: {
      compilerOptions: { ...compilerOptions, rootDir: 'src', outDir: 'dist' },
      include: ['src'],
      exclude: ['src/**/*.test.ts'],
    },
  };
};

const run = promisify(execFile);

/**
 * Installs an example in `dir` (a fresh directory outside the repo) from the tarballs: its
 * package.json and tsconfig.json from `installPlan`, a copy of its `src/`, `npm install`, then
 * `tsc`. The example then runs with plain `node dist/main.js`, on what npm installed.
 */
export const installExample = async (input: {
  readonly root: string;
  readonly exampleFolder: string;
  readonly workspaces: readonly WorkspacePackage[];
  readonly tarballs: ReadonlyMap<string, string>;
  readonly dir: string;
}): Promise<InstallPlan> => {
  const { root, exampleFolder, workspaces, tarballs, dir } = input;
  const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
  const plan = installPlan({
    example: readJson(join(exampleFolder, 'package.json')),
    workspaces,
    tarballs,
    rootManifest: readJson(join(root, 'package.json')),
    baseCompilerOptions: readJson(join(root, 'tsconfig.base.json')).compilerOptions,
  });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(plan.manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(plan.tsconfig, null, 2)}\n`);
  cpSync(join(exampleFolder, 'src'), join(dir, 'src'), { recursive: true });
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, env: npmEnvironment() });
  await run(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', dir], { cwd: dir });
  return plan;
};

/**
 * The symbolic links under `dir` that lead out of it: an install that links into the repo (a
 * workspace link, a `file:` folder) would run the repo's files instead of the published ones.
 */
export const linksLeaving = (dir: string): string[] => {
  const home = realpathSync(dir);
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (lstatSync(path).isSymbolicLink()) {
        const target = realpathSync(path);
        if (target !== home && !target.startsWith(home + sep)) found.push(`${relative(dir, path)} -> ${target}`);
      } else if (entry.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return found;
};

/** The installed packages of a scope that hold a `src/` folder: a published package holds `dist/` only. */
export const sourceFoldersInstalled = (dir: string, scope: string): string[] => {
  const scopeFolder = join(dir, 'node_modules', scope);
  return readdirSync(scopeFolder)
    .filter((name) => readdirSync(join(scopeFolder, name)).includes('src'))
    .map((name) => `${scope}/${name}/src`);
};
